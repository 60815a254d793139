using System.Globalization;
using SiteGen.Build;
using SiteGen.Output;
using SiteGen.Pages;

namespace SiteGen.Figures;

/// <summary>
/// targets/: every target of every plan in one list, with quote, link, departments and deadline. Without
/// JS the whole list shows, grouped by place; figures.js adds filters (place, topic, year, binding, with
/// or without a number) whose state lives in the URL (?place=…&amp;topic=…), so a view can be shared.
/// </summary>
public sealed class TargetPages : IPageSource
{
    public IEnumerable<SitePage> Pages(BuildContext context, string language)
    {
        var views = new FigureViews(context, language);
        string T(string key) => context.Translations.Get(language, key);
        var set = context.Figures;
        yield return new SitePage(views.U(FigureUrls.Targets), language, "pages/targets", T("targets.title"))
        {
            Kind = "targets",
            InputKey = () => context.Figures.Fingerprint,
            Description = T("targets.description"),
            Breadcrumbs = [new LinkView(T("nav.home"), SiteUrls.LanguageRoot(language))],
            Scripts = [IndicatorPages.Script],
            Model = () =>
            {
                var targets = set.Targets.ToList();
                var byPlace = targets.ToLookup(f => f.Place);
                return new Dictionary<string, object?>
                {
                    ["groups"] = context.Content.Places
                        .Select(p => new TopicGroupView(p.Slug, p.Name.In(language), byPlace[p].Select(f => views.View(f)).ToList()))
                        .Where(g => g.Figures.Count > 0).ToList(),
                    ["count"] = FigureFormat.Count(targets.Count),
                    ["places"] = context.Content.Places.Select(p => new FilterOptionView(p.Slug, p.Name.In(language))).ToList(),
                    ["topics"] = set.Catalog.Topics.Select(t => new FilterOptionView(t.Id, t.Name.In(language))).ToList(),
                    ["years"] = targets.Select(f => f.Year).OfType<int>().Distinct().Order()
                        .Select(y => new FilterOptionView(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))).ToList(),
                    ["sources"] = views.Sources(targets),
                    ["data_url"] = views.U(FigureUrls.Data),
                };
            },
        };
    }
}
