using SiteGen.Build;
using SiteGen.Markup;
using SiteGen.Output;
using SiteGen.Pages;

namespace SiteGen.Figures;

/// <summary>/&lt;place&gt;/figures/: every figure of a place's plans, grouped by topic, each with its quote and link.</summary>
public sealed class PlaceFigurePages : IPageSource
{
    public IEnumerable<SitePage> Pages(BuildContext context, string language)
    {
        var views = new FigureViews(context, language);
        string T(string key) => context.Translations.Get(language, key);
        var home = new LinkView(T("nav.home"), SiteUrls.LanguageRoot(language));
        foreach (var place in context.Content.Places)
        {
            var name = place.Name.In(language);
            yield return new SitePage(views.U(FigureUrls.PlaceFigures(place)), language, "pages/place-figures", T("place_figures.title").Replace("{place}", name, StringComparison.Ordinal))
            {
                Kind = "place-figures",
                InputKey = () => context.Figures.Fingerprint,
                Crumb = T("place_figures.crumb"),
                Description = T("place_figures.description").Replace("{place}", name, StringComparison.Ordinal),
                Breadcrumbs = [home, new LinkView(name, views.U(PlanUrls.Place(place)))],
                Model = () =>
                {
                    var figures = context.Figures.OfPlace(place.Slug).ToList();
                    return new Dictionary<string, object?>
                    {
                        ["place"] = new { place.Slug, Name = name, Url = views.U(PlanUrls.Place(place)) },
                        ["topics"] = views.ByTopic(figures),
                        ["count"] = FigureFormat.Count(figures.Count),
                        ["targets"] = FigureFormat.Count(figures.Count(f => f.Kind == FigureKind.Target)),
                        ["sources"] = views.Sources(figures),
                        ["targets_url"] = views.U(FigureUrls.Targets) + "?place=" + place.Slug,
                    };
                },
            };
        }
    }
}
