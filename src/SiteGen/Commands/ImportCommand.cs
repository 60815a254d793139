using System.CommandLine;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Import;

namespace SiteGen.Commands;

/// <summary><c>sitegen import --place hohhot</c>: re-imports a place's plans from its raw source and hints.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var place = new Option<string[]>("--place") { Description = "Place slug(s) to re-import", AllowMultipleArgumentsPerToken = true };
        var all = new Option<bool>("--all") { Description = "Re-import every place that has content/places/<slug>/import.yaml" };
        var explain = new Option<bool>("--explain") { Description = "Also list the sentences re-joined across page breaks, for review" };
        var check = new Option<bool>("--check") { Description = "Do not write; exit 1 if re-importing would change a committed file" };
        var command = new Command("import", "Convert raw plan texts into content Markdown") { place, all, check, explain, Cli.RootOption };
        command.SetAction(parse =>
        {
            var paths = ProjectPaths.Find(parse.GetValue(Cli.RootOption));
            var slugs = parse.GetValue(all)
                ? Directory.GetDirectories(paths.Places).Where(d => File.Exists(Path.Combine(d, "import.yaml"))).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()
                : parse.GetValue(place) ?? [];
            if (slugs.Length == 0) { Console.Error.WriteLine("sitegen import: name a place with --place, or use --all"); return 2; }
            var stale = 0;
            try
            {
                foreach (var slug in slugs)
                {
                    var checking = parse.GetValue(check);
                    var outcome = ImportRunner.ImportPlace(paths, slug!, write: !checking);
                    foreach (var warning in outcome.Warnings) Console.Error.WriteLine(warning);
                    if (parse.GetValue(explain))
                        foreach (var (previous, next) in outcome.Result.Joined)
                            Console.WriteLine($"joined {outcome.Result.Source.Name}:{previous} …{Tail(outcome.Result.Source[previous])} + :{next} {Head(outcome.Result.Source[next])}…");
                    if (checking)
                    {
                        foreach (var file in outcome.Changed) Console.WriteLine($"would change {file}");
                        stale += outcome.Changed.Count;
                    }
                    else
                        foreach (var (file, _) in outcome.Files) Console.WriteLine($"wrote {file}");
                }
                return stale == 0 ? 0 : 1;
            }
            catch (ContentException e)
            {
                Console.Error.WriteLine(e.Describe());
                return 1;
            }
        });
        return command;
    }

    static string Tail(string s) { s = s.Trim(); return s.Length <= 12 ? s : s[^12..]; }
    static string Head(string s) { s = s.Trim(); return s.Length <= 12 ? s : s[..12]; }
}
