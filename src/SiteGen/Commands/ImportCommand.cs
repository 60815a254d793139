using System.CommandLine;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Import;

namespace SiteGen.Commands;

/// <summary>
/// <c>sitegen import --place hohhot</c>: re-imports a place's plans from its raw source and hints.
/// <c>sitegen import raw.txt --place baotou</c>: drafts the content folder of a new plan (<see cref="NewPlanImporter"/>).
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var place = new Option<string[]>("--place") { Description = "Place slug(s) to re-import", AllowMultipleArgumentsPerToken = true };
        var all = new Option<bool>("--all") { Description = "Re-import every place that has content/places/<slug>/import.yaml" };
        var explain = new Option<bool>("--explain") { Description = "Also list the sentences re-joined across page breaks, for review" };
        var check = new Option<bool>("--check") { Description = "Do not write; exit 1 if re-importing would change a committed file" };
        var raw = new Argument<string?>("raw") { Description = "Raw text of a NEW plan: draft content/places/<place>/ from it", Arity = ArgumentArity.ZeroOrOne };
        var plan = new Option<string>("--plan") { Description = "Slug of the new plan (with a raw text; default eco-plan)", DefaultValueFactory = _ => "eco-plan" };
        var command = new Command("import", "Convert raw plan texts into content Markdown; with a raw text file, draft a new place") { raw, place, plan, all, check, explain, Cli.RootOption };
        command.SetAction(parse =>
        {
            var paths = ProjectPaths.Find(parse.GetValue(Cli.RootOption));
            if (parse.GetValue(raw) is { } rawFile)
            {
                if (parse.GetValue(place) is not [var newPlace]) { Console.Error.WriteLine("sitegen import <raw.txt>: name the new place with --place <slug>"); return 2; }
                return ImportNew(paths, rawFile, newPlace, parse.GetValue(plan)!);
            }
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

    static int ImportNew(ProjectPaths paths, string rawFile, string placeSlug, string planSlug)
    {
        try
        {
            var outcome = NewPlanImporter.Import(paths, rawFile, placeSlug, planSlug);
            Console.WriteLine($"copied {rawFile} → content/sources/{outcome.SourceName}");
            foreach (var (file, _) in outcome.Files) Console.WriteLine($"wrote {file}");
            foreach (var warning in outcome.Warnings) Console.Error.WriteLine(warning);
            var result = outcome.Result;
            Console.WriteLine($"{result.Documents.Sum(d => d.Blocks.Count)} blocks ({result.Documents.Sum(d => d.Blocks.OfType<HeadingImport>().Count())} headings, " +
                $"{result.Documents.Sum(d => d.Blocks.OfType<TableImport>().Count())} tables), {result.Dropped.Count} clutter lines dropped, " +
                $"{result.Joined.Count} page-break joins, {outcome.Warnings.Count} warning(s) to review");
            Console.WriteLine($"next: review the warnings and content/places/{placeSlug}/import.yaml, re-run `sitegen import --place {placeSlug} --explain`,");
            Console.WriteLine($"      fill in the TODOs of place.yaml and {planSlug}.yaml, add {placeSlug} to places: in content/site.yaml, then `sitegen build`.");
            return 0;
        }
        catch (ContentException e)
        {
            Console.Error.WriteLine(e.Describe());
            return 1;
        }
    }

    static string Tail(string s) { s = s.Trim(); return s.Length <= 12 ? s : s[^12..]; }
    static string Head(string s) { s = s.Trim(); return s.Length <= 12 ? s : s[..12]; }
}
