using SiteGen.Build;

namespace SiteGen.Bench;

public static class IncrementalBench
{
    public static TimeSpan? Measure(ProjectPaths real, string workDir, TextWriter output) => null;
}
