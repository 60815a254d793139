// SiteGen search page: loads the index shards, runs the query of the URL (?q=…&place=…&kind=…) and
// then as the reader types, and draws the results. The shards (about 1 MB compressed in all) load only
// when there is something to search: a query in the URL, or the reader turning to the form, so that
// a visit that only looks at the page costs a phone nothing. Plan text is data, never markup: results are built
// from text nodes and <mark> elements only. Needs lunr.min.js and search-core.js (loaded before it).
(function () {
  "use strict";
  var root = document.getElementById("search");
  var S = window.SitegenSearch;
  if (!root || !S) return;
  var language = document.documentElement.lang === "en" ? "en" : "zh";
  var words = root.dataset;
  function $(id) { return document.getElementById(id); }
  var form = $("search-form"), input = $("search-q"), place = $("search-place"), kind = $("search-kind");
  var status = $("search-status"), list = $("search-results"), more = $("search-more");
  var help = $("search-help"), helpFilters = $("search-help-filters"), clear = $("search-clear"), keys = $("search-keys");
  var pageSize = 50, shown = pageSize, shards = null, last = null, timer = 0, firstResults = false;

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    choose(place, params.get("place"));
    choose(kind, params.get("kind"));
  }
  function choose(select, value) {
    select.value = value || "";
    if (select.selectedIndex < 0 || select.options[select.selectedIndex].disabled) select.value = "";
  }
  function writeUrl(push) {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    if (place.value) params.set("place", place.value);
    if (kind.value) params.set("kind", kind.value);
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "");
    if (url === window.location.pathname + window.location.search) return;
    if (push) window.history.pushState(null, "", url); else window.history.replaceState(null, "", url);
  }

  function run(push) {
    writeUrl(push);
    if (!shards) return;
    var q = input.value.trim();
    if (!q) {
      last = null;
      status.textContent = words.empty;
      list.replaceChildren();
      more.hidden = true;
      help.hidden = true;
      return;
    }
    var started = performance.now();
    last = { q: q, result: S.search(shards, q, { place: place.value, kind: kind.value }) };
    root.dataset.queryMs = (performance.now() - started).toFixed(2);
    shown = pageSize;
    draw();
    if (!firstResults && last.result.hits.length) {
      firstResults = true;
      performance.mark("search-first-results");
    }
  }

  function draw() {
    var hits = last.result.hits, n = hits.length;
    if (n === 0) status.textContent = words.noResults.replace("{q}", last.q);
    else if (n === 1) status.textContent = words.resultsOne;
    else status.textContent = words.results.replace("{n}", n.toLocaleString(language === "en" ? "en" : "zh-CN")) +
      (n > shown ? (language === "en" ? ", " : "，") + words.showing.replace("{shown}", shown) : "");
    var items = hits.slice(0, shown).map(function (hit) { return item(S.describe(hit, last.result.words, language)); });
    list.replaceChildren.apply(list, items);
    more.hidden = n <= shown;
    help.hidden = n > 0;
    helpFilters.hidden = !(place.value || kind.value);
    keys.hidden = n === 0;
  }

  function item(d) {
    var li = document.createElement("li");
    li.className = "search-result";
    li.dataset.kind = d.kind;
    li.dataset.place = d.place;
    var a = document.createElement("a");
    a.href = words.home + d.url.slice(1);
    var where = span("result-where");
    if (d.where.length) { where.lang = "zh-CN"; parts(where, d.where); } else where.textContent = d.planName || d.placeName;
    a.appendChild(where);
    li.appendChild(a);
    var meta = span("result-meta");
    meta.textContent = d.placeName + (d.planName ? " · " + d.planName : "");
    li.appendChild(meta);
    var snippet = document.createElement("p");
    snippet.className = "result-snippet";
    snippet.lang = "zh-CN";
    parts(snippet, d.snippet);
    li.appendChild(snippet);
    return li;
  }
  function span(className) {
    var el = document.createElement("span");
    el.className = className;
    return el;
  }
  function parts(el, pieces) {
    pieces.forEach(function (p) {
      if (!p.hit) { el.appendChild(document.createTextNode(p.text)); return; }
      var mark = document.createElement("mark");
      mark.textContent = p.text;
      el.appendChild(mark);
    });
  }

  // Keyboard: ↓ from the box into the results, ↑ ↓ between them, Esc back to the box, "/" to the box.
  function links() { return Array.prototype.slice.call(list.querySelectorAll(".search-result > a")); }
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && links().length) { e.preventDefault(); links()[0].focus(); }
  });
  list.addEventListener("keydown", function (e) {
    var all = links(), at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (e.key === "ArrowDown" && at + 1 < all.length) { e.preventDefault(); all[at + 1].focus(); }
    else if (e.key === "ArrowUp") { e.preventDefault(); if (at > 0) all[at - 1].focus(); else input.focus(); }
    else if (e.key === "Escape") { e.preventDefault(); input.focus(); input.select(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var target = e.target;
    if (target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))) return;
    e.preventDefault();
    input.focus();
    input.select();
  });

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { run(false); }, 80);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    window.clearTimeout(timer);
    run(true);
  });
  place.addEventListener("change", function () { run(false); });
  kind.addEventListener("change", function () { run(false); });
  clear.addEventListener("click", function () { place.value = ""; kind.value = ""; run(false); input.focus(); });
  more.addEventListener("click", function () {
    var first = shown;
    shown += pageSize;
    draw();
    var all = links();
    if (all[first]) all[first].focus();
  });
  window.addEventListener("popstate", function () { readUrl(); run(false); });

  readUrl();
  var loading = null;
  function load() {
    if (loading) return loading;
    status.textContent = words.loading;
    root.dataset.state = "loading";
    var urls = words.shards.split(" ").filter(Boolean);
    loading = Promise.all(urls.map(function (url) {
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ": HTTP " + r.status);
        return r.json();
      });
    })).then(function (files) {
      shards = files.map(function (json) { return new S.Shard(json); });
      performance.mark("search-index-ready");
      S.shards = shards; // the loaded shards, for the benchmark (sitegen bench-search) to time queries on
      root.dataset.state = "ready";
      run(false);
    }, function (error) {
      root.dataset.state = "failed";
      status.textContent = words.loadFailed;
      help.hidden = false;
      helpFilters.hidden = true;
      if (window.console) window.console.error(error);
    });
    return loading;
  }
  if (input.value) load();
  else {
    root.dataset.state = "idle";
    status.textContent = words.empty;
    [input, place, kind].forEach(function (el) {
      el.addEventListener("focus", load);
      el.addEventListener("pointerdown", load);
    });
    input.addEventListener("input", load);
  }
})();
