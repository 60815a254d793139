// stdin: ["text", …] → stdout: [[[term, start, end, kind], …], …] made by search-core.js's tokenizer.
"use strict";
const { core, stdin, out } = require("./lib.js");
out(stdin().map(text => core.tokenize(text).map(t => [t.term, t.start, t.end, t.kind])));
