// Builds a lunr index with lunr.js itself (lunr.Builder, with search-core.js's tokenizer and the
// "sitegen-fold" search pipeline), loads the C# index next to it, and runs the same queries on both.
// stdin: { fields: [{name, boost}], docs: [{ref, boost, fields: {name: text}}], ours: "<C# JSON>",
//          queries: ["…"] (as search-core.js asks lunr), lunrQueries: ["…"] (lunr's query string parser) }
// stdout: { lunrJson, results: { lunr: {queries, lunrQueries}, ours: {…} } }
"use strict";
const { lunr, core, stdin, out } = require("./lib.js");
const input = stdin();

const builder = new lunr.Builder();
builder.ref("ref");
builder.tokenizer = function (value) {
  return core.tokenize(value === null || value === undefined ? "" : String(value)).map(t => new lunr.Token(t.term, {}));
};
builder.searchPipeline.add(core.foldTerm);
input.fields.forEach(f => builder.field(f.name, f.boost === 1 ? undefined : { boost: f.boost }));
input.docs.forEach(d => builder.add(Object.assign({ ref: d.ref }, d.fields), d.boost === 1 ? undefined : { boost: d.boost }));
const lunrJson = JSON.stringify(builder.build());

function results(json) {
  const index = JSON.parse(json);
  const shard = new core.Shard({ place: ["corpus", "", ""], plans: [], docs: [], index: index });
  shard.common = Infinity; // look every term up, however common, so that lunr ranks by all of them
  return {
    queries: input.queries.map(q => (shard.lookup(core.parse(q)) || []).map(r => [r.ref, round(r.score)])),
    lunrQueries: input.lunrQueries.map(q => shard.index.search(q).map(r => [r.ref, round(r.score)])),
  };
}
function round(x) { return Math.round(x * 1e9) / 1e9; }

out({ lunrJson, results: { lunr: results(lunrJson), ours: results(input.ours) } });
