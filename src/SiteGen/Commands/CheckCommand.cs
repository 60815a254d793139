using System.CommandLine;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Verify;

namespace SiteGen.Commands;

/// <summary><c>sitegen check</c>: builds the site in memory and runs every verification on it and on the published folder.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--output") { Description = "The published folder to verify; default: site-output/ in the project" };
        var command = new Command("check", "Verify the site: links and anchors, HTML, outside hosts, citations, fidelity to the sources, published = built")
        {
            output, Cli.RootOption,
        };
        command.SetAction(parse =>
        {
            var paths = ProjectPaths.Find(parse.GetValue(Cli.RootOption));
            return Run(paths, parse.GetValue(output) ?? paths.Output, Console.Error);
        });
        return command;
    }

    public static int Run(ProjectPaths paths, string? publishedDir, TextWriter log)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        log.WriteLine($"sitegen check: {paths.Root}");
        BuildContext build;
        try
        {
            build = new BuildPipeline(paths, new BuildLog(TextWriter.Null, quiet: true)).Run(publishTo: null).Context;
        }
        catch (ContentException e)
        {
            log.WriteLine($"  {"build",-10} FAIL the content does not build");
            log.WriteLine(e.Describe());
            log.WriteLine("check failed: the site does not build");
            return 1;
        }
        log.WriteLine($"  {"build",-10} ok   {build.Pages.Count:N0} pages, {build.Output.Count:N0} files  ({clock.Elapsed.TotalMilliseconds:F0} ms)");
        var report = SiteChecker.Run(new CheckedSite(build, publishedDir is null ? null : Path.GetFullPath(publishedDir)), SiteChecks.All(), log);
        var failed = report.Results.Count(r => !r.Result.Passed);
        log.WriteLine(report.Passed
            ? $"check passed: {report.Results.Count} checks in {clock.Elapsed.TotalSeconds:F2} s"
            : $"check failed: {failed} of {report.Results.Count} checks found {report.ProblemCount} problem(s)");
        return report.Passed ? 0 : 1;
    }
}
