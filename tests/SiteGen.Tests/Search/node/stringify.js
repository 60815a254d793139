// stdin: { strings: ["…"], numbers: ["1e-7", …] } → stdout: the JSON.stringify of each, as JavaScript writes them.
"use strict";
const { stdin, out } = require("./lib.js");
const input = stdin();
out({ strings: input.strings.map(s => JSON.stringify(s)), numbers: input.numbers.map(n => JSON.stringify(Number(n))) });
