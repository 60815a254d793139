using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Figures;
using SiteGen.Import;
using SiteGen.Markup;
using SiteGen.Output;

namespace SiteGen.Pages;

/// <summary>
/// How the site was made (/methodology/): the sources and how their texts were converted (the import
/// hints per place), the page clutter dropped (summarised per source), how topics and glossary links
/// are made, every editor's note of every plan (linked), and how to report a correction.
/// </summary>
public sealed class MethodologyPages : IPageSource
{
    public const string Url = "/methodology/";

    public IEnumerable<SitePage> Pages(BuildContext context, string language)
    {
        var v = new ReadingViewBuilder(context, language);
        var content = context.Content;

        var contact = content.Site.CorrectionsContact.Trim();
        if (contact.Length == 0 && language == context.Languages[0])
            context.Log.Warn("content/site.yaml sets no corrections_contact: /methodology/ describes how to report a correction without an address");
        yield return new SitePage(v.U(Url), language, "pages/methodology", v.T("method.title"))
        {
            Kind = "methodology",
            InputKey = () => context.InputKeys.Outlines + context.InputKeys.Tags + context.Figures.Fingerprint,
            Description = v.T("method.description"),
            Breadcrumbs = [new LinkView(v.T("nav.home"), SiteUrls.LanguageRoot(language))],
            Model = () => Model(context, v, contact),
        };
    }

    static Dictionary<string, object?> Model(BuildContext context, ReadingViewBuilder v, string contact)
    {
        var language = v.Language;
        var content = context.Content;
        var sources = content.Sources.Values.OrderBy(s => s.Name, StringComparer.Ordinal).Select(source =>
        {
            var plans = content.Plans.Where(p => p.Source == source.Name).ToList();
            var place = plans[0].Place;
            var hints = ReadHints(context.Paths, place);
            return new
            {
                File = source.Name,
                Lines = source.Lines.Count,
                Place = v.Place(place),
                Plans = plans.Where(p => p.PartOf is null || plans.All(q => q.Slug != p.PartOf))
                    .Concat(plans.Where(p => p.PartOf is not null && plans.Any(q => q.Slug == p.PartOf)))
                    .Select(p => new LinkView(p.Title.In(language), v.U(PlanUrls.Plan(p)))).ToList(),
                SourceUrl = v.U(PlanUrls.Plan(plans[0])) + "#source",
                HintsFile = $"content/places/{place.Slug}/import.yaml",
                Hints = new
                {
                    Tables = hints?.Tables.Count ?? 0,
                    Headings = hints?.Headings.Count ?? 0,
                    Clutter = hints?.Clutter.Count ?? 0,
                    Joins = (hints?.Joins.Count ?? 0) + (hints?.NoJoin.Count ?? 0),
                    Notes = hints?.Notes.Count ?? 0,
                    PageBreaks = hints?.JoinPageBreaks ?? false,
                },
                Dropped = source.Dropped.Count,
                Reasons = source.Dropped.GroupBy(d => d.Reason).Select(g => new
                {
                    Reason = g.Key,
                    Count = g.Count(),
                    Example = g.First().Text,
                    Lines = Ranges(g.Select(d => d.Line)),
                }).ToList(),
            };
        }).ToList();

        var notes = content.Plans.Select(plan => new
        {
            Plan = new LinkView(plan.Title.In(language), v.U(PlanUrls.Plan(plan))),
            Place = v.Place(plan.Place),
            Notes = context.Plans[plan.Id].Document.PassageList.SelectMany(passage => passage.Notes.Select(note => new
            {
                note.Marked,
                Note = language == "en" && note.NoteEn.Length > 0 ? note.NoteEn : note.Note,
                Url = v.U(PlanUrls.Passage(plan, passage)),
                Where = passage.SectionPath.LastOrDefault() ?? v.T("plan.front"),
            })).ToList(),
        }).Where(p => p.Notes.Count > 0).ToList();

        var index = context.Topics;
        var figures = context.Figures;
        var figureCounts = content.Places.Select(place => new
        {
            Place = v.Place(place),
            Figures = figures.OfPlace(place.Slug).Count(),
            Targets = figures.OfPlace(place.Slug).Count(f => f.Kind == FigureKind.Target),
            Url = v.U(FigureUrls.PlaceFigures(place)),
        }).ToList();
        return new Dictionary<string, object?>
        {
            ["sources"] = sources,
            ["notes"] = notes,
            ["note_count"] = notes.Sum(n => n.Notes.Count),
            ["dropped_count"] = sources.Sum(s => s.Dropped),
            ["contact"] = contact,
            ["contact_is_email"] = contact.Contains('@') && !contact.Contains(' '),
            ["section_count"] = index.Sections.Count,
            ["untagged_count"] = index.Untagged.Count(),
            ["term_count"] = context.Glossary.Terms.Count,
            ["figures"] = new
            {
                Places = figureCounts,
                Total = figures.All.Count,
                Targets = figures.Targets.Count(),
                Indicators = figures.Catalog.Indicators.Count,
                Shared = figures.Shared.Count(),
                Ignored = figures.Ignored.Count,
                IndicatorsUrl = v.U(FigureUrls.Indicators),
                TargetsUrl = v.U(FigureUrls.Targets),
                DataUrl = v.U(FigureUrls.Data),
            },
        };
    }

    static ImportHints? ReadHints(ProjectPaths paths, Place place)
    {
        var file = Path.Combine(paths.Places, place.Slug, "import.yaml");
        return File.Exists(file) ? YamlReader.ReadShared<ImportHints>(file, paths.Display(file)) : null;
    }

    /// <summary>"3, 1104–1106, 1200": line numbers as ranges.</summary>
    static string Ranges(IEnumerable<int> lines)
    {
        var sorted = lines.Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] <= sorted[j] + 2) j++;
            parts.Add(i == j ? $"{sorted[i]}" : $"{sorted[i]}–{sorted[j]}");
            i = j + 1;
        }
        return string.Join(", ", parts);
    }
}
