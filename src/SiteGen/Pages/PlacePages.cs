using SiteGen.Build;
using SiteGen.Output;

namespace SiteGen.Pages;

/// <summary>A page per place: where it is, and its documents.</summary>
public sealed class PlacePages : IPageSource
{
    public IEnumerable<SitePage> Pages(BuildContext context, string language)
    {
        var views = new SiteViews(context.Content, context.Plans, context.Translations, language);
        var home = new LinkView(context.Translations.Get(language, "nav.home"), SiteUrls.LanguageRoot(language));
        foreach (var place in context.Content.Places)
        {
            var view = views.Place(place);
            yield return new SitePage(view.Url, language, "pages/place", view.Name)
            {
                Kind = "place",
                InputKey = static () => "",
                Description = view.Summary,
                Breadcrumbs = [home],
                Model = () => new Dictionary<string, object?> { ["place"] = view },
            };
        }
    }
}
