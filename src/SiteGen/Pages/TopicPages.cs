using SiteGen.Build;
using SiteGen.Figures;
using SiteGen.Glossary;
using SiteGen.Output;

namespace SiteGen.Pages;

/// <summary>
/// The topics index (/topics/: topics × places, and the sections without topic with their reasons) and
/// a page per topic: what it covers, its glossary terms, and per place the sections on it, each with
/// its first lines and a link.
/// </summary>
public sealed class TopicPages : IPageSource
{
    public IEnumerable<SitePage> Pages(BuildContext context, string language)
    {
        var v = new ReadingViewBuilder(context, language);
        var index = context.Topics;
        var home = new LinkView(v.T("nav.home"), SiteUrls.LanguageRoot(language));
        var topicsLink = new LinkView(v.T("topics.title"), v.U(TopicUrls.Topics));
        var places = context.Content.Places;

        yield return new SitePage(v.U(TopicUrls.Topics), language, "pages/topics", v.T("topics.title"))
        {
            Kind = "topics",
            InputKey = context.InputKeys.Tags + context.InputKeys.Untagged,
            Description = v.T("topics.description"),
            Breadcrumbs = [home],
            Model = () => new Dictionary<string, object?>
            {
                ["places"] = places.Select(v.Place).ToList(),
                ["rows"] = index.Catalog.Topics.Select(topic => new
                {
                    Topic = v.Topic(topic, index.Of(topic.Id).Count()),
                    Counts = places.Select(p => new { Place = v.Place(p), Count = index.Of(topic.Id, p).Count() }).ToList(),
                }).ToList(),
                ["untagged"] = index.Untagged.Select(s => new
                {
                    Section = v.Link(s.Section),
                    Place = v.Place(s.Section.Plan.Place),
                    Reason = s.Reason?.In(language) ?? v.T("topics.not_reviewed"),
                }).ToList(),
                ["section_count"] = index.Sections.Count,
            },
        };

        foreach (var topic in index.Catalog.Topics)
        {
            var view = v.Topic(topic, index.Of(topic.Id).Count());
            yield return new SitePage(view.Url, language, "pages/topic", view.Name)
            {
                Kind = "topic",
                InputKey = context.InputKeys.TopicList(topic.Id) + context.Figures.Fingerprint,
                Description = topic.Summary.In(language),
                Breadcrumbs = [home, topicsLink],
                Model = () => new Dictionary<string, object?>
                {
                    ["topic"] = view,
                    ["topic_zh"] = topic.Name.Zh,
                    ["summary"] = topic.Summary.In(language),
                    ["groups"] = places.Select(p => new PlaceSectionsView(v.Place(p),
                            index.Of(topic.Id, p).Where(s => s.IsAbout(topic.Id)).Select(s => v.Link(s, topic.Id)).ToList(),
                            index.Of(topic.Id, p).Where(s => !s.IsAbout(topic.Id)).Select(s => v.Link(s, topic.Id)).ToList()))
                        .Where(g => g.Count > 0).ToList(),
                    ["terms"] = context.Glossary.Terms.Where(t => t.Topic == topic.Id)
                        .Select(t => new LinkView(language == "en" ? t.En : t.Zh, v.U(GlossaryIndex.UrlOf(t)))).ToList(),
                    ["indicators"] = context.Figures.IndicatorsOfTopic(topic.Id).Select(i => new IndicatorLinkView(
                        i.Id, i.Name.In(language), i.Name.Zh, v.U(FigureUrls.Indicator(i)), i.Unit, context.Figures.PlacesOf(i).Count)).ToList(),
                    ["compare_url"] = index.PlacesOf(topic.Id).Count >= 2 ? v.U(TopicUrls.CompareTopic(topic)) : null,
                    ["other_topics"] = index.Catalog.Topics.Where(t => t != topic).Select(t => v.Topic(t)).ToList(),
                },
            };
        }
    }
}
