using System.CommandLine;

namespace SiteGen.Commands;

/// <summary>The thin command layer: each command parses its options and calls one class that does the work.</summary>
public static class Cli
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("SiteGen: builds the plan explorer, a static site of local environmental plans.")
        {
            BuildCommand.Create(),
            ImportCommand.Create(),
            CheckCommand.Create(),
            BenchCommand.Create(),
            ServeCommand.Create(),
            TopicsCommand.Create(),
            FiguresCommand.Create(),
            BenchSearchCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }

    public static readonly Option<string?> RootOption = new("--root")
    {
        Description = "Project folder (holding content/ and templates/); default: found from the current folder",
    };
}
