using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>Progress and timing lines of a build, one per stage, on standard error.</summary>
public sealed class BuildLog(TextWriter writer, bool quiet = false)
{
    readonly List<(string Stage, TimeSpan Time)> timings = [];
    public List<string> Warnings { get; } = [];

    public IReadOnlyList<(string Stage, TimeSpan Time)> Timings => timings;

    public void Info(string message)
    {
        if (!quiet) writer.WriteLine(message);
    }

    public void Warn(string message)
    {
        Warnings.Add(message);
        writer.WriteLine("warning: " + message);
    }

    public T Time<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        timings.Add((stage, clock.Elapsed));
        Info($"  {stage,-22} {clock.Elapsed.TotalMilliseconds,8:F0} ms");
        return result;
    }
}
