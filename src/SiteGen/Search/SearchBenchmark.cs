using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using SiteGen.Build;
using SiteGen.Serve;

namespace SiteGen.Search;

/// <summary>
/// <c>sitegen bench-search</c>: builds the site into a temp folder and prints the search figures — index
/// bytes raw and gzipped per shard, the time from page load to first results in headless Chromium, and
/// query times (journalists' queries and random substrings of the plans). Figures, not a test: the
/// targets (≤ 400 KiB gzipped per index file, ≤ 20 ms per query) are printed next to them.
/// </summary>
public static class SearchBenchmark
{
    public const int GzipTargetKiB = 400;
    public const double QueryTargetMs = 20;

    public static readonly string[] JournalistQueries =
        ["PM2.5", "优良天数", "森林覆盖率", "98%", "河长制", "乌梁素海", "超低排放", "监管部门:市生态环境局"];

    public static int Run(ProjectPaths paths, TextWriter output, int loads, int substrings, string chromium)
    {
        var dir = Directory.CreateTempSubdirectory("sitegen-bench-").FullName;
        try
        {
            var siteDir = Path.Combine(dir, "site");
            var context = new BuildPipeline(paths, new BuildLog(TextWriter.Null, quiet: true)).Run(siteDir).Context;
            var search = context.Search!;
            var documents = context.SearchSources.SelectMany(s => s.Documents(context)).ToList();
            output.WriteLine($"sitegen bench-search: {documents.Count} documents in {search.Shards.Count} shards (one per place)");
            output.WriteLine();
            output.WriteLine($"{"index file",-26}{"raw KiB",10}{"gzip KiB",10}   {"of which lunr index raw / gzip",-30}  documents raw / gzip");
            long raw = 0, gz = 0, indexRaw = 0, indexGz = 0;
            var largestGz = 0L;
            foreach (var shard in search.Shards)
            {
                var bytes = context.Output.Get(shard.Url.Split('?')[0]);
                using var json = JsonDocument.Parse(bytes);
                var index = System.Text.Encoding.UTF8.GetBytes(json.RootElement.GetProperty("index").GetRawText());
                var docs = System.Text.Encoding.UTF8.GetBytes(json.RootElement.GetProperty("docs").GetRawText());
                var (g, ig, dg) = (Gzip(bytes), Gzip(index), Gzip(docs));
                output.WriteLine($"  {shard.Url.Split('?')[0].Split('/')[^1],-24}{KiB(bytes.Length),10}{KiB(g),10}   {KiB(index.Length) + " / " + KiB(ig),-30}  {KiB(docs.Length)} / {KiB(dg)}");
                raw += bytes.Length; gz += g; indexRaw += index.Length; indexGz += ig;
                largestGz = Math.Max(largestGz, g);
            }
            output.WriteLine($"  {"all shards",-24}{KiB(raw),10}{KiB(gz),10}   {KiB(indexRaw) + " / " + KiB(indexGz),-30}");
            var scripts = new[] { "lunr.min.js", "search-core.js", "search.js" }.Select(n => context.Output.Get("assets/" + n)).ToList();
            output.WriteLine($"  {"scripts (lunr + search)",-24}{KiB(scripts.Sum(s => s.Length)),10}{KiB(scripts.Sum(Gzip)),10}");
            output.WriteLine($"  largest index file: {KiB(largestGz)} KiB gzipped (target ≤ {GzipTargetKiB} KiB per file: {(largestGz <= GzipTargetKiB * 1024 ? "met" : "NOT MET")})");
            output.WriteLine();

            var queries = JournalistQueries.Concat(RandomSubstrings(documents, substrings)).ToList();
            var timings = RunInChromium(paths, siteDir, chromium, loads, queries).GetAwaiter().GetResult();
            var first = timings.FirstResults.Select(f => f.Results).Order().ToList();
            output.WriteLine($"Chromium ({chromium}), {loads} first visits of /search/?q={JournalistQueries[0]} (empty cache, local server, no compression):");
            output.WriteLine($"  time from page load to first results: median {Median(first):F0} ms (min {first[0]:F0}, max {first[^1]:F0}); of which");
            output.WriteLine($"    index files fetched at: median {Median(timings.FirstResults.Select(f => f.Fetched).Order().ToList()):F0} ms; " +
                             $"parsed and loaded into lunr at: median {Median(timings.FirstResults.Select(f => f.IndexReady).Order().ToList()):F0} ms");
            var times = timings.Queries.Select(q => q.Ms).Order().ToList();
            output.WriteLine($"query time (search + views of the first 50 results; median of 5 runs each) over {queries.Count} queries " +
                             $"({JournalistQueries.Length} journalists' + {substrings} random 2–6 character substrings):");
            output.WriteLine($"  median {Median(times):F2} ms, 95th percentile {times[(int)(times.Count * 0.95)]:F2} ms, max {times[^1]:F2} ms " +
                             $"(target ≤ {QueryTargetMs:F0} ms: {(Median(times) <= QueryTargetMs ? "met" : "NOT MET")})");
            foreach (var (q, ms, hits) in timings.Queries.Take(JournalistQueries.Length))
                output.WriteLine($"    {q,-16} {ms,7:F2} ms  {hits,4} hits");
            var slowest = timings.Queries.MaxBy(q => q.Ms);
            output.WriteLine($"  slowest: {slowest.Q} {slowest.Ms:F2} ms ({slowest.Hits} hits)");
            return 0;
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    sealed record FirstVisit(double Results, double IndexReady, double Fetched);

    sealed record Timings(List<FirstVisit> FirstResults, List<(string Q, double Ms, int Hits)> Queries);

    static async Task<Timings> RunInChromium(ProjectPaths paths, string siteDir, string chromium, int loads, List<string> queries)
    {
        if (!File.Exists(chromium))
            throw new InvalidOperationException($"Chromium not found at {chromium}: install Debian's chromium (tools/browser-deps.sh) or pass --chromium");
        var script = Path.Combine(paths.Root, "tools", "bench-search.js");
        if (!File.Exists(Path.Combine(paths.NodeModules, "playwright-core", "package.json")))
            throw new InvalidOperationException("node_modules/playwright-core is missing: run tools/npm-pins.sh");
        await using var server = await StaticSiteServer.StartAsync(siteDir);
        var start = new ProcessStartInfo(FindNode())
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var a in new[] { script, server.Address.ToString(), chromium, loads.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await using (var writer = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false)))
            await writer.WriteAsync(JsonSerializer.Serialize(new { firstQuery = JournalistQueries[0], queries, repeats = 5 }));
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"tools/bench-search.js failed:\n{await stderr}");
        using var json = JsonDocument.Parse(await stdout);
        return new Timings(
            json.RootElement.GetProperty("firstResults").EnumerateArray().Select(e => new FirstVisit(
                e.GetProperty("results").GetDouble(), e.GetProperty("indexReady").GetDouble(), e.GetProperty("fetched").GetDouble())).ToList(),
            json.RootElement.GetProperty("queries").EnumerateArray().Select(e => (e[0].GetString()!, e[1].GetDouble(), e[2].GetInt32())).ToList());
    }

    /// <summary>Random substrings of 2–6 characters of the documents' text (seeded: the same each run).</summary>
    static IEnumerable<string> RandomSubstrings(List<SearchDocument> documents, int count)
    {
        var random = new Random(4);
        var found = 0;
        while (found < count)
        {
            var d = documents[random.Next(documents.Count)].Body;
            var length = random.Next(2, 7);
            if (d.Length < length) continue;
            var q = d.Substring(random.Next(d.Length - length + 1), length);
            if (string.IsNullOrWhiteSpace(q) || char.IsLowSurrogate(q[0]) || char.IsHighSurrogate(q[^1])) continue;
            found++;
            yield return q;
        }
    }

    static string FindNode()
    {
        var configured = Environment.GetEnvironmentVariable("NODE_BIN");
        if (!string.IsNullOrEmpty(configured)) return configured;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, OperatingSystem.IsWindows() ? "node.exe" : "node");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException("Node.js is not installed (no `node` on the PATH, no $NODE_BIN): the benchmark drives Chromium with playwright-core under node");
    }

    static long Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) zip.Write(bytes);
        return buffer.Length;
    }

    static string KiB(long bytes) => (bytes / 1024.0).ToString("F1", CultureInfo.InvariantCulture);

    static double Median(List<double> sorted) => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
