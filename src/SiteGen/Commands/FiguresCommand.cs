using System.CommandLine;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Figures;

namespace SiteGen.Commands;

/// <summary>
/// <c>sitegen figures draft --place hohhot</c>: proposes figures.yaml entries for the numbers no figure
/// covers yet (to be curated by reading each sentence); <c>sitegen figures check</c>: counts figures and
/// uncovered numbers per plan, exit 1 if any number is uncovered.
/// </summary>
public static class FiguresCommand
{
    public static Command Create()
    {
        var place = new Option<string>("--place") { Description = "Place slug", Required = true };
        var plan = new Option<string?>("--plan") { Description = "Plan slug (default: every plan of the place)" };
        var qualitative = new Option<bool>("--qualitative") { Description = "Propose time-bound sentences without numbers instead" };
        var draft = new Command("draft", "Print candidate figures.yaml entries for numbers no figure covers yet") { place, plan, qualitative, Cli.RootOption };
        draft.SetAction(parse => WithFigures(parse.GetValue(Cli.RootOption), (context, set) =>
        {
            var slug = parse.GetValue(place)!;
            var target = context.Content.FindPlace(slug);
            if (target is null) { Console.Error.WriteLine($"sitegen figures: unknown place '{slug}'"); return 2; }
            var drafter = new FigureDraft(set);
            foreach (var p in target.Plans.Where(p => parse.GetValue(plan) is not { } only || p.Slug == only))
            {
                var text = drafter.Draft(p, parse.GetValue(qualitative));
                if (text.Length == 0) continue;
                Console.WriteLine($"# {p.Id}: paste under 'quotes:' of content/places/{slug}/figures.yaml (plan: {p.Slug}) and curate every line");
                Console.Write(text);
            }
            return 0;
        }));

        var check = new Command("check", "Count figures and uncovered numbers per plan; exit 1 if a number is uncovered") { Cli.RootOption };
        check.SetAction(parse => WithFigures(parse.GetValue(Cli.RootOption), (context, set) =>
        {
            var uncovered = 0;
            foreach (var p in context.Content.Plans)
            {
                var missing = FigureCoverage.Find(set, p);
                uncovered += missing.Count;
                var figures = set.OfPlan(p.Id).ToList();
                Console.WriteLine($"{p.Id,-26} {figures.Count,4} figures ({figures.Count(f => f.Kind == FigureKind.Target),3} targets)  {missing.Count,4} numbers uncovered");
            }
            Console.WriteLine($"{"total",-26} {set.All.Count,4} figures ({set.Targets.Count(),3} targets)  {uncovered,4} numbers uncovered; {set.Catalog.Indicators.Count} indicators, {set.Shared.Count()} shared by 2+ places");
            return uncovered == 0 ? 0 : 1;
        }));

        return new Command("figures", "Curate the figures of the plans") { draft, check };
    }

    static int WithFigures(string? root, Func<BuildContext, FigureSet, int> action)
    {
        var paths = ProjectPaths.Find(root);
        try
        {
            var context = new BuildPipeline(paths, new BuildLog(TextWriter.Null, quiet: true)).Run(publishTo: null).Context;
            return action(context, context.Figures);
        }
        catch (ContentException e)
        {
            Console.Error.WriteLine(e.Describe());
            return 1;
        }
    }
}
