using SiteGen.Build;
using SiteGen.Output;

namespace SiteGen.Pages;

/// <summary>The home page: the five places and their documents, with ways in.</summary>
public sealed class HomePages : IPageSource
{
    public IEnumerable<SitePage> Pages(BuildContext context, string language)
    {
        var views = new SiteViews(context.Content, context.Plans, context.Translations, language);
        var words = context.Translations;
        yield return new SitePage(SiteUrls.LanguageRoot(language), language, "pages/home", words.Get(language, "home.title"))
        {
            Kind = "home",
            InputKey = static () => "",
            Description = context.Content.Site.Tagline.In(language),
            Model = () => new Dictionary<string, object?>
            {
                ["places"] = context.Content.Places.Select(views.Place).ToList(),
                ["topics"] = context.Topics.Catalog.Topics.Select(t => new ReadingViewBuilder(context, language).Topic(t)).ToList(),
                ["plans_url"] = context.Alignment is null ? null : SiteUrls.InLanguage(TopicUrls.ComparePlans, language),
            },
        };
        yield return new SitePage(SiteUrls.InLanguage("/404.html", language), language, "pages/not-found", words.Get(language, "notfound.title"))
        {
            Kind = "not-found",
            InputKey = static () => "",
            Description = words.Get(language, "notfound.description"),
            NoIndex = true,
            RootRelativeLinks = true,
            Model = () => new Dictionary<string, object?> { ["places"] = context.Content.Places.Select(views.Place).ToList() },
        };
    }
}
