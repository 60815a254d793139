using System.CommandLine;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Search;

namespace SiteGen.Commands;

/// <summary><c>sitegen bench-search</c>: prints the search index sizes and timings in headless Chromium.</summary>
public static class BenchSearchCommand
{
    public static Command Create()
    {
        var loads = new Option<int>("--loads") { Description = "First visits of the search page to time", DefaultValueFactory = _ => 5 };
        var substrings = new Option<int>("--substrings") { Description = "Random substrings of the plans to time as queries", DefaultValueFactory = _ => 200 };
        var chromium = new Option<string>("--chromium")
        {
            Description = "Chromium executable; default: $CHROMIUM_BIN or /usr/bin/chromium",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CHROMIUM_BIN") ?? "/usr/bin/chromium",
        };
        var command = new Command("bench-search", "Print search figures: index bytes raw and gzipped, time to first results and query times in Chromium")
        {
            loads, substrings, chromium, Cli.RootOption,
        };
        command.SetAction(parse =>
        {
            var paths = ProjectPaths.Find(parse.GetValue(Cli.RootOption));
            try
            {
                return SearchBenchmark.Run(paths, Console.Out, parse.GetValue(loads), parse.GetValue(substrings), parse.GetValue(chromium)!);
            }
            catch (ContentException e)
            {
                Console.Error.WriteLine(e.Describe());
                return 1;
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine("sitegen bench-search: " + e.Message);
                return 1;
            }
        });
        return command;
    }
}
