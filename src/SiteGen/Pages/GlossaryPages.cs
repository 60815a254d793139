using SiteGen.Build;
using SiteGen.Figures;
using SiteGen.Glossary;
using SiteGen.Markup;
using SiteGen.Output;

namespace SiteGen.Pages;

/// <summary>
/// The glossary (/glossary/): every term with its English name and definition, grouped by topic, and
/// where it occurs — the sections of each place whose text names it, linked to the paragraph.
/// </summary>
public sealed class GlossaryPages : IPageSource
{
    public IEnumerable<SitePage> Pages(BuildContext context, string language)
    {
        var v = new ReadingViewBuilder(context, language);
        var glossary = context.Glossary;
        yield return new SitePage(v.U(GlossaryIndex.Url), language, "pages/glossary", v.T("glossary.title"))
        {
            Kind = "glossary",
            InputKey = () => context.InputKeys.Glossary,
            Description = v.T("glossary.description"),
            Breadcrumbs = [new LinkView(v.T("nav.home"), SiteUrls.LanguageRoot(language))],
            Model = () => new Dictionary<string, object?> { ["groups"] = Groups(context, v), ["term_count"] = glossary.Terms.Count },
        };
    }

    /// <summary>The terms by topic, each with where it occurs in each place.</summary>
    static object Groups(BuildContext context, ReadingViewBuilder v)
    {
        var language = v.Language;
        var glossary = context.Glossary;
        var byId = glossary.Terms.ToDictionary(t => t.Id);
        return context.Topics.Catalog.Topics.Select(topic => new
        {
            Topic = v.Topic(topic),
            Terms = glossary.Terms.Where(t => t.Topic == topic.Id).Select(term => new
            {
                term.Id,
                term.Zh,
                term.En,
                Definition = term.Definition.In(language),
                Other = term.Definition.In(language == "en" ? "zh" : "en"),
                Indicator = term.Indicator is null ? null : context.Figures.Catalog.FindIndicator(term.Indicator) is { } indicator
                    ? new LinkView(indicator.Name.In(language), v.U(FigureUrls.Indicator(indicator))) : null,
                See = term.See.Select(id => new LinkView(language == "en" ? byId[id].En : byId[id].Zh, "#" + id)).ToList(),
                // Occurrences are in reading order, places in site order (IndexGlossary).
                Places = glossary.Of(term).GroupBy(o => o.Section.Plan.Place).Select(place => new
                {
                    Place = v.Place(place.Key),
                    Where = place.Select(o => new LinkView(v.Title(o.Section), v.U(PlanUrls.Passage(o.Section.Plan, o.Passage)))).ToList(),
                }).ToList(),
                Count = glossary.Of(term).Count,
            }).ToList(),
        }).Where(g => g.Terms.Count > 0).ToList();
    }
}
