using SiteGen.Build;
using SiteGen.Output;
using SiteGen.Sharing;

namespace SiteGen.Pages;

/// <summary>Per plan: an overview page (record, table of contents, front text, notes) and a page per chapter.</summary>
public sealed class PlanPages : IPageSource
{
    public IEnumerable<SitePage> Pages(BuildContext context, string language)
    {
        var views = new SiteViews(context.Content, context.Plans, context.Translations, language);
        var home = new LinkView(context.Translations.Get(language, "nav.home"), SiteUrls.LanguageRoot(language));
        foreach (var plan in context.Content.Plans)
        {
            var view = views.Plan(plan);
            var place = new LinkView(view.Summary.PlaceName, view.Summary.PlaceUrl);
            yield return new SitePage(view.Summary.Url, language, "pages/plan", view.Summary.Title)
            {
                Kind = "plan",
                InputKey = () => context.InputKeys.Plan(plan),
                Crumb = view.Summary.ShortTitle,
                Description = $"{view.Summary.Issuer} · {view.Summary.Type} · {view.Summary.Period}",
                Breadcrumbs = [home, place],
                OpenGraphType = "article",
                StructuredData = [PlanCreativeWork.Of(plan, context.Content.Site.BaseUrl)],
                Model = () => new Dictionary<string, object?> { ["plan"] = view },
            };
            foreach (var chapter in context.Plans[plan.Id].Document.Chapters)
            {
                var chapterView = views.Chapter(plan, chapter);
                yield return new SitePage(chapterView.Url, language, "pages/chapter", $"{chapterView.Title} · {view.Summary.Title}")
                {
                    Kind = "chapter",
                    InputKey = () => context.InputKeys.Chapter(plan, chapter.Id),
                    Crumb = chapterView.Title,
                    Description = $"{view.Summary.Title}: {chapterView.Title}",
                    Breadcrumbs = [home, place, new LinkView(view.Summary.ShortTitle, view.Summary.Url)],
                    OpenGraphType = "article",
                    StructuredData = [PlanCreativeWork.OfChapter(plan, chapter, context.Content.Site.BaseUrl)],
                    Model = () => new Dictionary<string, object?> { ["plan"] = view, ["chapter"] = chapterView },
                };
            }
        }
    }
}
