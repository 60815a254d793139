using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Build;

namespace SiteGen.Bench;

/// <summary>
/// The benchmark: builds the real site and synthetic corpora of N× the five plans with the compiled
/// CLI in a fresh (cold) process each time, builds the same Markdown with Hugo in the same run, and
/// prints build time, pages/s, peak memory, how time grows with size, the ratio to Hugo, and the time
/// of an incremental rebuild after a one-paragraph edit (as under `sitegen serve`). Prints figures;
/// asserts nothing but the targets it reports as met or not.
/// </summary>
public static partial class BenchRunner
{
    public sealed record Row(int Scale, int Plans, long MarkdownBytes, int Pages, TimeSpan Time, TimeSpan? Cpu, double PeakMiB, string Stages, HugoReference.Run? Hugo)
    {
        public double PagesPerSecond => Pages / Time.TotalSeconds;
        public double? HugoPagesPerSecond => Hugo is null ? null : Hugo.Pages / Hugo.Time.TotalSeconds;
        /// <summary>Pages per second of CPU time (user + system): what a build costs, whatever else the machine runs.</summary>
        public double? PagesPerCpuSecond => Cpu is { } c ? Pages / c.TotalSeconds : null;
        public double? HugoPagesPerCpuSecond => Hugo?.Cpu is { } c ? Hugo.Pages / c.TotalSeconds : null;
    }

    public static int Run(ProjectPaths real, IReadOnlyList<int> scales, int coldRuns, bool withHugo, string workDir, TextWriter output)
    {
        var hugo = withHugo ? HugoReference.Find() : null;
        if (withHugo && hugo is null)
        {
            output.WriteLine("error: hugo not found on PATH (tools/bench.sh installs Debian's hugo; or set HUGO_BIN, or pass --no-hugo)");
            return 2;
        }
        Directory.CreateDirectory(workDir);
        output.WriteLine($"sitegen bench: {Environment.ProcessorCount} cores, .NET {Environment.Version}, work folder {workDir}, load average {LoadAverage()}");

        // The real site, cold process, median of several runs.
        var realTimes = Enumerable.Range(0, coldRuns).Select(_ => BuildInChild(real.Root, Path.Combine(workDir, "real-output"))).ToList();
        var realMedian = realTimes.OrderBy(r => r.Time).ElementAt(realTimes.Count / 2);
        var cpus = realTimes.Where(r => r.Cpu is not null).Select(r => r.Cpu!.Value.TotalSeconds).Order().ToList();
        output.WriteLine($"real site: {realMedian.Pages} pages, cold process, median {realMedian.Time.TotalSeconds:F2} s over {coldRuns} run(s) " +
                         (cpus.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"(CPU median {cpus[cpus.Count / 2]:F2} s, fastest wall {realTimes.Min(r => r.Time).TotalSeconds:F2} s) ") : "") +
                         $"[{string.Join(", ", realTimes.Select(r => r.Time.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)))}], " +
                         $"peak {realMedian.PeakMiB:F0} MiB — target ≤ 1.5 s: {(realMedian.Time.TotalSeconds <= 1.5 ? "met" : "NOT met")}");

        var incremental = IncrementalBench.Measure(real, Path.Combine(workDir, "incremental"), output);

        var rows = new List<Row>();
        foreach (var scale in scales)
        {
            var corpus = SyntheticCorpus.Write(real, Path.Combine(workDir, $"corpus-{scale}"), scale);
            var built = BuildInChild(corpus.Root, Path.Combine(corpus.Root, "site-output"));
            HugoReference.Run? hugoRun = null;
            if (hugo is not null)
            {
                var hugoSite = Path.Combine(workDir, $"hugo-{scale}");
                HugoReference.Write(Path.Combine(corpus.Root, "content", "places"), hugoSite, ["zh", "en"]);
                hugoRun = HugoReference.Build(hugo, hugoSite);
                Directory.Delete(hugoSite, recursive: true);
            }
            var row = new Row(scale, corpus.Plans, corpus.MarkdownBytes, built.Pages, built.Time, built.Cpu, built.PeakMiB, built.Stages, hugoRun);
            rows.Add(row);
            output.WriteLine(Format(row));
            Directory.Delete(corpus.Root, recursive: true);
        }

        output.WriteLine();
        output.WriteLine("scale  plans  Markdown   pages   sitegen s  pages/s  peak MiB |  hugo pages   hugo s  pages/s | pages/s ratio");
        foreach (var row in rows) output.WriteLine(Format(row));
        output.WriteLine();
        output.WriteLine("CPU time (user + system), the cost of a build whatever else the machine runs:");
        output.WriteLine("scale   pages  sitegen CPU s  pages/CPU-s |  hugo CPU s  pages/CPU-s | ratio");
        foreach (var r in rows)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Scale,4}× {r.Pages,7:N0} {r.Cpu?.TotalSeconds,14:F2} {r.PagesPerCpuSecond,12:F0} | {r.Hugo?.Cpu?.TotalSeconds,11:F2} {r.HugoPagesPerCpuSecond,12:F0} | {r.PagesPerCpuSecond / r.HugoPagesPerCpuSecond,5:F2}"));
        output.WriteLine();
        foreach (var r in rows) output.WriteLine($"stages at {r.Scale}×: {r.Stages}");
        output.WriteLine();
        for (var i = 1; i < rows.Count; i++)
        {
            var (a, b) = (rows[i - 1], rows[i]);
            var pages = (double)b.Pages / a.Pages;
            var time = b.Time.TotalSeconds / a.Time.TotalSeconds;
            var cpu = a.Cpu is { } ca && b.Cpu is { } cb ? cb.TotalSeconds / ca.TotalSeconds : double.NaN;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"growth {a.Scale}× → {b.Scale}×: pages ×{pages:F2}, time ×{time:F2} (time per page ×{time / pages:F2}), CPU time ×{cpu:F2}"));
        }
        var largest = rows.LastOrDefault();
        if (largest is not null && largest.HugoPagesPerSecond is { } hugoRate)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"at {largest.Pages:N0} pages: sitegen {largest.PagesPerSecond:F0} pages/s, hugo {hugoRate:F0} pages/s, ratio {largest.PagesPerSecond / hugoRate:F2} " +
                $"(per CPU-second: {largest.PagesPerCpuSecond / largest.HugoPagesPerCpuSecond:F2}) — target ≥ 1: {(largest.PagesPerSecond >= hugoRate ? "met" : "NOT met")}"));
        // Twice the corpus: pages grow about ×2 (a little less where topic pages split by place), so the time
        // ratio is set against the pages ratio: time per page may grow by 5% at most (2.1 / 2).
        var doubling = rows.Zip(rows.Skip(1)).Where(p => p.Second.Scale == 2 * p.First.Scale).ToList();
        foreach (var (a, b) in doubling)
        {
            var pages = (double)b.Pages / a.Pages;
            var ratio = b.Time.TotalSeconds / a.Time.TotalSeconds;
            var cpu = a.Cpu is { } ca && b.Cpu is { } cb ? cb.TotalSeconds / ca.TotalSeconds : double.NaN;
            var perDoubling = ratio / pages * 2;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"linear growth {a.Pages:N0} → {b.Pages:N0} pages (×{pages:F2}): time ×{ratio:F2}, CPU time ×{cpu:F2}; " +
                $"for twice the pages ×{perDoubling:F2} (CPU ×{cpu / pages * 2:F2}) — target ≤ 2.1: {(perDoubling <= 2.1 ? "met" : "NOT met")}"));
        }
        if (incremental is { } inc)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"incremental rebuild after a one-paragraph edit: median {inc.TotalMilliseconds:F0} ms — target ≤ 200 ms: {(inc.TotalMilliseconds <= 200 ? "met" : "NOT met")}"));
        return 0;
    }

    static string Format(Row r)
    {
        var own = string.Create(CultureInfo.InvariantCulture,
            $"{r.Scale,4}× {r.Plans,6} {r.MarkdownBytes / 1048576.0,6:F1} MiB {r.Pages,7:N0} {r.Time.TotalSeconds,9:F2} {r.PagesPerSecond,8:F0} {r.PeakMiB,9:F0} | ");
        var hugo = r.Hugo is { } h
            ? string.Create(CultureInfo.InvariantCulture, $"{h.Pages,10:N0} {h.Time.TotalSeconds,8:F2} {r.HugoPagesPerSecond,8:F0} | {r.PagesPerSecond / r.HugoPagesPerSecond,6:F2}")
            : "      (no hugo)";
        return own + hugo;
    }

    sealed record ChildBuild(int Pages, TimeSpan Time, TimeSpan? Cpu, double PeakMiB, string Stages);

    /// <summary>Runs `sitegen build --quiet` in a new process (cold: nothing loaded or jitted) and reads its summary.</summary>
    static ChildBuild BuildInChild(string root, string output)
    {
        var self = Environment.ProcessPath!;
        var arguments = new List<string>();
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") arguments.Add(typeof(BenchRunner).Assembly.Location);
        arguments.AddRange(["build", "--quiet", "--root", root, "--output", output]);
        var clock = Stopwatch.StartNew();
        var (exit, text, cpu) = Processes.RunTimed(self, arguments);
        var time = clock.Elapsed;
        if (exit != 0) throw new InvalidOperationException($"sitegen build failed on {root} ({exit}):\n{text}");
        var pages = int.Parse(BuiltPages().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        var peak = double.Parse(PeakMemory().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        return new ChildBuild(pages, time, cpu, peak, StageTimes().Match(text).Groups[1].Value);
    }

    [GeneratedRegex(@"built (\d+) pages")] private static partial Regex BuiltPages();
    [GeneratedRegex(@"peak memory (\d+) MiB")] private static partial Regex PeakMemory();
    [GeneratedRegex(@"s \((LoadContent[^)]*)\)")] private static partial Regex StageTimes();

    static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
