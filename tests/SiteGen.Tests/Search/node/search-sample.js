// Loads the built index shards (arguments: shard files) with lunr.Index.load through search-core.js,
// then runs sample queries. stdin: [{q, place, ref, kind?, filterPlace?}] → stdout: {loaded: [{place, docs, terms}],
// results: [{hits, rank, top: [[place, ref], …10]}]}, rank being the expected passage's 0-based rank or -1.
"use strict";
const { core, stdin, out, fs } = require("./lib.js");
const shards = process.argv.slice(2).map(file => new core.Shard(JSON.parse(fs.readFileSync(file, "utf8"))));
const samples = stdin();
const results = samples.map(s => {
  const hits = core.search(shards, s.q, { kind: s.kind || "", place: s.filterPlace || "" }).hits;
  const rank = hits.findIndex(h => h.shard.place[0] === s.place && h.ref === s.ref);
  return { hits: hits.length, rank, top: hits.slice(0, 10).map(h => [h.shard.place[0], h.ref]) };
});
out({
  loaded: shards.map(s => ({ place: s.place[0], docs: s.docs.length, terms: Object.keys(s.index.invertedIndex).length })),
  results,
});
