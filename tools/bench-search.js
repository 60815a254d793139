// Times the search page in headless Chromium for `sitegen bench-search` (which builds and serves the
// site, runs this script, and prints the figures). Uses playwright-core from the npm pins.
// Usage: node tools/bench-search.js <site base URL> <chromium executable> <cold loads>
// stdin: { firstQuery: "PM2.5", queries: ["…"], repeats: 5 }
// stdout: { firstResults: [{results, indexReady, fetched} ms, …], queries: [[q, median ms, hits], …] }
"use strict";
const path = require("path");
const fs = require("fs");
const { chromium } = require(path.join(__dirname, "..", "node_modules", "playwright-core"));

const [base, executable, loadsArg] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(0, "utf8"));
const loads = Number(loadsArg) || 5;

(async () => {
  const browser = await chromium.launch({
    executablePath: executable, headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const url = new URL("search/?q=" + encodeURIComponent(input.firstQuery), base).toString();
    // time from page load to first results: a fresh context (empty cache) per load, as a first visit
    const firstResults = [];
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName("search-first-results").length > 0, null, { timeout: 60000 });
      firstResults.push(await page.evaluate(() => ({
        results: performance.getEntriesByName("search-first-results")[0].startTime,
        indexReady: performance.getEntriesByName("search-index-ready")[0].startTime,
        fetched: Math.max.apply(null, performance.getEntriesByType("resource").filter(r => /search-[a-z]+\.json/.test(r.name)).map(r => r.responseEnd)),
      })));
      await context.close();
    }

    // query time: search and the result views the page draws (first 50), each query several times
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(new URL("search/", base).toString());
    await page.focus("#search-q"); // the index loads when the reader turns to the box
    await page.waitForSelector("#search[data-state=ready]", { state: "attached", timeout: 60000 });
    const queries = await page.evaluate(({ queries, repeats }) => {
      const S = window.SitegenSearch;
      return queries.map(q => {
        const times = [];
        let hits = 0;
        for (let r = 0; r < repeats; r++) {
          const started = performance.now();
          const result = S.search(S.shards, q);
          result.hits.slice(0, 50).forEach(h => S.describe(h, result.words, "zh"));
          times.push(performance.now() - started);
          hits = result.hits.length;
        }
        times.sort((a, b) => a - b);
        return [q, times[Math.floor(times.length / 2)], hits];
      });
    }, { queries: input.queries, repeats: input.repeats || 5 });
    await context.close();
    process.stdout.write(JSON.stringify({ firstResults, queries }));
  } finally {
    await browser.close();
  }
})().catch(error => { process.stderr.write(String(error && error.stack || error) + "\n"); process.exit(1); });
