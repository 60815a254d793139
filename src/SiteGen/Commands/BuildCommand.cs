using System.CommandLine;
using SiteGen.Build;
using SiteGen.Content;

namespace SiteGen.Commands;

/// <summary><c>sitegen build</c>: builds the site into site-output/ (or --output).</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--output") { Description = "Folder to publish to; default: site-output/ in the project" };
        var quiet = new Option<bool>("--quiet") { Description = "Print only the summary line and errors" };
        var command = new Command("build", "Build the site: load → validate → render → verify → publish") { output, quiet, Cli.RootOption };
        command.SetAction(parse =>
        {
            var paths = ProjectPaths.Find(parse.GetValue(Cli.RootOption));
            var log = new BuildLog(Console.Error, parse.GetValue(quiet));
            return Run(paths, log, parse.GetValue(output) ?? paths.Output, Console.Error);
        });
        return command;
    }

    /// <param name="cache">What an earlier build in this process left to reuse (parsed templates, plan texts); null for a fresh build.</param>
    public static int Run(ProjectPaths paths, BuildLog log, string target, TextWriter errors, BuildCache? cache = null)
    {
        try
        {
            log.Info($"sitegen build: {paths.Root}");
            var result = new BuildPipeline(paths, log, cache).Run(target);
            var output = result.Context.Output;
            errors.WriteLine($"built {result.Context.Pages.Count} pages, {output.Count} files, {output.TotalBytes / 1024.0:F0} KiB in {result.Elapsed.TotalSeconds:F2} s → {paths.Display(target)}");
            errors.WriteLine("summary: " + log.Summary(result.Elapsed));
            return 0;
        }
        catch (ContentException e)
        {
            errors.WriteLine(e.Describe());
            errors.WriteLine($"build failed; {paths.Display(target)} was left as it was");
            return 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            errors.WriteLine(e.StackTrace);
            errors.WriteLine($"build failed; {paths.Display(target)} was left as it was. Please report this with the command you ran.");
            return 2;
        }
    }
}
