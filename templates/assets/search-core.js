// SiteGen search core: the search tokenizer (twin of src/SiteGen/Search/SearchTokenizer.cs, which
// builds the index; SearchTokenizerTests checks both make the same tokens), queries over the lunr
// index shards, confirmation of every hit by substring, and snippets. No DOM here: search.js draws the
// page, and the tests run this file under node against the built index.
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory(require("lunr"));
  else root.SitegenSearch = factory(root.lunr);
})(typeof self !== "undefined" ? self : this, function (lunr) {
  "use strict";

  // ---- Tokenizer -------------------------------------------------------------------------------

  // Full-width ASCII forms → ASCII, ideographic space → space, A-Z → a-z: one UTF-16 unit for one,
  // so offsets in the folded text are offsets in the original.
  function foldUnit(c) {
    var code = c.charCodeAt(0);
    if (code >= 0xFF01 && code <= 0xFF5E) code -= 0xFEE0;
    else if (code === 0x3000) code = 0x20;
    if (code >= 0x41 && code <= 0x5A) code += 32;
    return String.fromCharCode(code);
  }
  var foldable = /[\uFF01-\uFF5E\u3000A-Z]/g;
  function fold(text) { return String(text).replace(foldable, foldUnit); }

  function isHan(cp) {
    return cp === 0x3005 || cp === 0x3007 ||
      (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x323AF);
  }
  var letterOrDigit = /^[\p{L}\p{N}]$/u;
  function isWordChar(cp) {
    if (isHan(cp)) return false;
    if (cp < 0x80) return (cp >= 48 && cp <= 57) || (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
    return letterOrDigit.test(String.fromCodePoint(cp));
  }
  function width(cp) { return cp > 0xFFFF ? 2 : 1; }

  // Han runs → overlapping bigrams (a lone character → none); letters and digits → whole words with
  // inner dots and a trailing % ("pm2.5", "98%"); everything else separates.
  function tokenize(text) {
    var tokens = [];
    if (text === null || text === undefined) return tokens;
    var s = fold(text), i = 0, n = s.length;
    while (i < n) {
      var cp = s.codePointAt(i), j;
      if (isHan(cp)) {
        var starts = [];
        j = i;
        while (j < n && isHan(s.codePointAt(j))) { starts.push(j); j += width(s.codePointAt(j)); }
        for (var k = 0; k + 1 < starts.length; k++) {
          var end = k + 2 < starts.length ? starts[k + 2] : j;
          tokens.push({ term: s.slice(starts[k], end), start: starts[k], end: end, kind: "bigram" });
        }
        i = j;
      } else if (isWordChar(cp)) {
        j = skipWordChars(s, i);
        while (j + 1 < n && s[j] === "." && isWordChar(s.codePointAt(j + 1))) j = skipWordChars(s, j + 1);
        if (j < n && s[j] === "%") j++;
        tokens.push({ term: s.slice(i, j), start: i, end: j, kind: "word" });
        i = j;
      } else i += width(cp);
    }
    return tokens;
  }
  function skipWordChars(s, i) {
    while (i < s.length && isWordChar(s.codePointAt(i))) i += width(s.codePointAt(i));
    return i;
  }

  // The query-time pipeline function the index names ("sitegen-fold"): folds a term; a term holding
  // spaces stands for its alternatives, any of which may match (how a partial word such as "m2.5" asks
  // for every indexed word that ends with it, in one required clause).
  function foldTerm(token) {
    var s = fold(token.toString());
    if (s.indexOf(" ") < 0) return token.update(function () { return s; });
    return s.split(" ").filter(Boolean).map(function (t) { return token.clone(function () { return t; }); });
  }
  lunr.Pipeline.registerFunction(foldTerm, "sitegen-fold");

  // ---- Queries ---------------------------------------------------------------------------------

  // A query's words (split at spaces): each must occur in a hit. Each word's tokens become required
  // clauses: Han bigrams exactly; letters and digits exactly inside the word, and at its edges as a
  // part of a longer indexed word ("prefix", "suffix", "contains"). A lone Han character makes no
  // clause: the confirmation by substring requires it.
  function parse(query) {
    var words = fold(query || "").split(/\s+/).filter(Boolean);
    var clauses = [];
    words.forEach(function (word, w) {
      var tokens = tokenize(word);
      tokens.forEach(function (t) {
        if (t.kind === "bigram") clauses.push({ word: w, term: t.term, match: "exact" });
        else {
          var atStart = /^\.*$/.test(word.slice(0, t.start));
          var atEnd = /^[.%]*$/.test(word.slice(t.end));
          clauses.push({ word: w, term: t.term, match: atStart ? (atEnd ? "contains" : "suffix") : (atEnd ? "prefix" : "exact") });
        }
      });
    });
    return { words: words, clauses: clauses };
  }

  // One index file: a place's documents and their lunr index.
  function Shard(json) {
    this.place = json.place;            // [slug, zh, en]
    this.plans = json.plans;            // [[id, zh, en]]
    this.docs = json.docs;              // [[url, kind, plan, topic, path, body]]
    this.index = lunr.Index.load(json.index);
    var terms = Object.keys(this.index.invertedIndex);
    this.words = terms.filter(function (t) { return !isHan(t.codePointAt(0)); });
    var names = fold(this.place[1] + "\n" + this.place[2]);
    this.text = this.docs.map(function (d) { return fold(d[3] + "\n" + d[4] + "\n" + d[5]); });
    this.names = this.docs.map(function (d) {
      var plan = d[2] >= 0 ? this.plans[d[2]] : null;
      return names + (plan ? "\n" + fold(plan[1] + "\n" + plan[2]) : "");
    }, this);
    // the fields of the text; "place" and "plan" hold names, searched only for a word found in a name
    this.allNames = names + "\n" + this.plans.map(function (p) { return fold(p[1] + "\n" + p[2]); }).join("\n");
    this.textFields = this.index.fields.filter(function (f) { return f !== "place" && f !== "plan"; });
    this.frequencies = Object.create(null);
    this.documentCount = Object.keys(this.index.fieldVectors).length / this.index.fields.length;
  }

  // Lunr clause options for a parsed clause; null if no indexed term can match it; SKIP if looking it up
  // would cost more than it selects (a bigram in a fifth of the documents or more, a digit or two that
  // hundreds of numbers hold): then the confirmation by substring alone requires it, and lunr ranks by
  // the other, rarer terms.
  Shard.prototype.clause = function (c, fields) {
    var required = lunr.Query.presence.REQUIRED;
    if (c.match === "exact") {
      var n = this.frequency(c.term);
      if (n === 0) return null;
      // a term in a large share of the documents selects little and costs much: leave it to confirmation
      return n > this.common * this.documentCount ? SKIP : { term: c.term, presence: required, fields: fields };
    }
    // a partial word at an edge of the query: the indexed words that start with it, end with it or hold it
    var t = c.term;
    var alternatives = this.words.filter(
      c.match === "prefix" ? function (w) { return w.lastIndexOf(t, 0) === 0; }
        : c.match === "suffix" ? function (w) { return w.length >= t.length && w.slice(-t.length) === t; }
          : function (w) { return w.indexOf(t) >= 0; });
    if (!alternatives.length) return null;
    if (alternatives.length > MAX_ALTERNATIVES) return SKIP;
    return { term: alternatives.join(" "), presence: required, fields: fields };
  };
  var MAX_ALTERNATIVES = 8, SKIP = {};
  // the share of documents above which a term is common
  Shard.prototype.common = 0.2;

  // In how many documents a term occurs (in its most frequent field: no need to count exactly).
  Shard.prototype.frequency = function (term) {
    if (term in this.frequencies) return this.frequencies[term];
    var posting = this.index.invertedIndex[term], n = 0;
    if (posting) this.index.fields.forEach(function (f) { n = Math.max(n, Object.keys(posting[f]).length); });
    return (this.frequencies[term] = n);
  };

  // What lunr finds for a parsed query, best first: [{ ref, score }] as lunr gives them (every clause
  // required); null when the query has nothing to look up (only punctuation, symbols, or digits that
  // too many numbers hold).
  Shard.prototype.lookup = function (parsed) {
    if (!parsed.clauses.length) return null;
    var options = [], self = this;
    // a word that is no part of a place or plan name is looked up in the text fields only (much faster
    // for words that are common in names, such as 生态环境)
    var fields = parsed.words.map(function (word) { return self.allNames.indexOf(word) >= 0 ? self.index.fields : self.textFields; });
    for (var i = 0; i < parsed.clauses.length; i++) {
      var o = this.clause(parsed.clauses[i], fields[parsed.clauses[i].word]);
      if (!o) return [];
      if (o !== SKIP) options.push(o);
    }
    if (!options.length) return null;
    return this.index.query(function (q) { options.forEach(function (o) { q.term(o.term, o); }); });
  };

  // Confirmed hits, best first: [{ shard, ref, score }]. Every word of the query occurs in the hit's
  // text (body, topic, path) or names (place, plan), and at least one in its text.
  Shard.prototype.search = function (parsed) {
    var self = this;
    if (!parsed.words.length) return [];
    var found = this.lookup(parsed);
    if (found === null) {
      // every document is a candidate; rank those that hold the words by how often, for their length
      return this.docs.map(function (d, ref) { return { shard: self, ref: ref, score: 0 }; })
        .filter(function (h) { return self.confirms(h.ref, parsed.words); })
        .map(function (h) { h.score = self.density(h.ref, parsed.words); return h; })
        .sort(function (a, b) { return b.score - a.score; });
    }
    return found.map(function (r) { return { shard: self, ref: Number(r.ref), score: r.score }; })
      .filter(function (h) { return self.confirms(h.ref, parsed.words); });
  };

  // Occurrences of the words per square root of the text's length: a score where lunr gives none.
  Shard.prototype.density = function (ref, words) {
    var text = this.text[ref], count = 0;
    words.forEach(function (w) { for (var at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) count++; });
    return count / Math.sqrt(text.length + 1);
  };

  Shard.prototype.confirms = function (ref, words) {
    var text = this.text[ref], names = this.names[ref], inText = false;
    for (var i = 0; i < words.length; i++) {
      if (text.indexOf(words[i]) >= 0) inText = true;
      else if (names.indexOf(words[i]) < 0) return false;
    }
    return inText;
  };

  // Searches shards (optionally only some places and kinds); hits best first, ties in document order.
  function search(shards, query, filter) {
    var parsed = parse(query), hits = [];
    filter = filter || {};
    shards.forEach(function (shard, s) {
      if (filter.place && shard.place[0] !== filter.place) return;
      shard.search(parsed).forEach(function (h) {
        if (filter.kind && shard.docs[h.ref][1] !== filter.kind) return;
        h.order = s * 1e6 + h.ref;
        hits.push(h);
      });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return { words: parsed.words, hits: hits };
  }

  // ---- Snippets --------------------------------------------------------------------------------

  // Where the words occur in a text: sorted, merged [start, end) ranges.
  function ranges(text, words) {
    var folded = fold(text), found = [];
    words.forEach(function (w) {
      for (var at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) found.push([at, at + w.length]);
    });
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    found.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    });
    return merged;
  }

  // A text cut into plain and matching parts: [{ text, hit }]. With a length, a window of about that
  // many characters around the first match, with "…" where it was cut. Parts are text, never markup.
  function highlight(text, words, length) {
    var found = ranges(text, words), from = 0, to = text.length;
    if (length && text.length > length) {
      var first = found.length ? found[0][0] : 0;
      from = Math.max(0, Math.min(first - Math.floor(length / 4), text.length - length));
      to = Math.min(text.length, from + length);
      if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from])) from--;
      if (to < text.length && /[\uDC00-\uDFFF]/.test(text[to])) to++;
    }
    var parts = [], at = from;
    if (from > 0) parts.push({ text: "…", hit: false });
    found.forEach(function (r) {
      var start = Math.max(r[0], from), end = Math.min(r[1], to);
      if (start >= end) return;
      if (start > at) parts.push({ text: text.slice(at, start), hit: false });
      parts.push({ text: text.slice(start, end), hit: true });
      at = end;
    });
    if (at < to) parts.push({ text: text.slice(at, to), hit: false });
    if (to < text.length) parts.push({ text: "…", hit: false });
    return parts;
  }

  // What a result shows: link, where (topic › path), place and plan names, snippet parts.
  function describe(hit, words, language) {
    var shard = hit.shard, d = shard.docs[hit.ref], plan = d[2] >= 0 ? shard.plans[d[2]] : null;
    var en = language === "en";
    var where = [d[3], d[4]].filter(Boolean).join(" › ");
    return {
      url: d[0], kind: d[1],
      place: shard.place[0], placeName: en ? shard.place[2] : shard.place[1],
      plan: plan ? plan[0] : null, planName: plan ? (en ? plan[2] : plan[1]) : "",
      where: highlight(where, words),
      snippet: highlight(d[5], words, 110),
      score: hit.score
    };
  }

  return {
    fold: fold, tokenize: tokenize, parse: parse, foldTerm: foldTerm,
    Shard: Shard, search: search, highlight: highlight, describe: describe
  };
});
