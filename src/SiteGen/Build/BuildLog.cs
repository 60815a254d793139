using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>
/// Progress, counts and timing of a build, on standard error: one line per stage with its time,
/// progress lines during long stages (at most two a second), warnings, and a summary at the end
/// (pages, plans, passages, figures…, warnings, time per stage, peak memory).
/// </summary>
public sealed class BuildLog(TextWriter writer, bool quiet = false)
{
    readonly List<(string Stage, TimeSpan Time)> timings = [];
    readonly List<(string What, long Count)> counts = [];
    readonly Stopwatch sinceProgress = Stopwatch.StartNew();
    readonly Lock gate = new();

    public List<string> Warnings { get; } = [];

    public IReadOnlyList<(string Stage, TimeSpan Time)> Timings => timings;

    /// <summary>What the build made, in the order stages reported it ("pages", "plans", "figures"…).</summary>
    public IReadOnlyList<(string What, long Count)> Counts => counts;

    public bool Quiet => quiet;

    public void Info(string message)
    {
        if (!quiet) lock (gate) writer.WriteLine(message);
    }

    public void Warn(string message)
    {
        lock (gate)
        {
            Warnings.Add(message);
            writer.WriteLine("warning: " + message);
        }
    }

    /// <summary>Records a count for the summary (a stage calls it once per thing it made).</summary>
    public void Count(string what, long count)
    {
        lock (gate)
        {
            var i = counts.FindIndex(c => c.What == what);
            if (i >= 0) counts[i] = (what, count); else counts.Add((what, count));
        }
    }

    /// <summary>Reports progress of a long stage; prints at most every 500 ms, so short builds print none.</summary>
    public void Progress(string stage, long done, long total)
    {
        if (quiet || sinceProgress.ElapsedMilliseconds < 500) return;
        lock (gate)
        {
            if (sinceProgress.ElapsedMilliseconds < 500) return;
            sinceProgress.Restart();
            writer.WriteLine($"  {stage,-22} {done,8:N0} / {total:N0}");
        }
    }

    public T Time<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        sinceProgress.Restart();
        var result = work();
        timings.Add((stage, clock.Elapsed));
        Info($"  {stage,-22} {clock.Elapsed.TotalMilliseconds,8:F0} ms");
        return result;
    }

    /// <summary>The closing summary: counts, warnings, time per stage, the process's peak memory and its collector's pauses.</summary>
    public string Summary(TimeSpan elapsed)
    {
        var made = string.Join(", ", counts.Select(c => $"{c.Count:N0} {c.What}"));
        var stages = string.Join(", ", timings.Select(t => $"{t.Stage} {t.Time.TotalMilliseconds:F0} ms"));
        return $"{made}; {Warnings.Count} warning(s); {elapsed.TotalSeconds:F2} s ({stages}); peak memory {PeakMemoryMiB():F0} MiB; {Collections()}";
    }

    /// <summary>Time the collector paused the program, and its collections by generation: where a large build's time goes.</summary>
    static string Collections() =>
        $"GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F2} s in {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2)";

    /// <summary>Peak resident memory of this process so far (VmHWM on Linux).</summary>
    public static double PeakMemoryMiB() => Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
}
