// Shared by the test scripts: search-core.js as the site ships it, lunr.js from node_modules, stdin.
"use strict";
const path = require("path");
const fs = require("fs");
const root = path.resolve(__dirname, "../../../..");
const lunr = require(path.join(root, "node_modules", "lunr"));
const core = require(path.join(root, "templates", "assets", "search-core.js"));

// lunr warns through console.warn (version mismatch, unregistered pipeline functions): make that fatal
console.warn = function () {
  process.stderr.write("lunr warned: " + Array.prototype.join.call(arguments, " ") + "\n");
  process.exit(3);
};

function stdin() { return JSON.parse(fs.readFileSync(0, "utf8") || "null"); }
function out(value) { process.stdout.write(JSON.stringify(value)); }

module.exports = { lunr, core, stdin, out, fs };
