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

        // Each topic's places with sections, split into pages of a few places (one page on the real site).
        var pagesOf = index.Catalog.Topics.ToDictionary(t => t.Id, t => PlacePaging.Split(index.PlacesOf(t.Id), TopicUrls.Topic(t)));
        yield return new SitePage(v.U(TopicUrls.Topics), language, "pages/topics", v.T("topics.title"))
        {
            Kind = "topics",
            InputKey = () => context.InputKeys.Tags + context.InputKeys.Untagged,
            Description = v.T("topics.description"),
            Breadcrumbs = [home],
            Model = () => new Dictionary<string, object?>
            {
                ["places"] = places.Select(v.Place).ToList(),
                ["rows"] = index.Catalog.Topics.Select(topic =>
                {
                    var pageOf = PlacePaging.PageOfPlace(pagesOf[topic.Id]);
                    return new
                    {
                        Topic = v.Topic(topic, index.Of(topic.Id).Count),
                        Counts = places.Select(p => new
                        {
                            Place = v.Place(p),
                            Count = index.Of(topic.Id, p).Count,
                            Url = pageOf.TryGetValue(p, out var url) ? v.U(url) + "#place-" + p.Slug : null,
                        }).ToList(),
                    };
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
            var terms = context.Glossary.Terms.Where(t => t.Topic == topic.Id)
                .Select(t => new LinkView(language == "en" ? t.En : t.Zh, v.U(GlossaryIndex.UrlOf(t)))).ToList();
            var indicators = context.Figures.IndicatorsOfTopic(topic.Id).Select(i => new IndicatorLinkView(
                i.Id, i.Name.In(language), i.Name.Zh, v.U(FigureUrls.Indicator(i)), i.Unit, context.Figures.PlacesOf(i).Count)).ToList();
            var withSections = index.PlacesOf(topic.Id);
            var compareUrl = withSections.Count >= 2 ? v.U(TopicUrls.CompareTopic(topic)) : null;
            var otherTopics = index.Catalog.Topics.Where(t => t != topic).Select(t => v.Topic(t)).ToList();
            var view = v.Topic(topic, index.Of(topic.Id).Count);
            var pages = pagesOf[topic.Id];
            foreach (var page in pages)
            {
                var pager = PlacePaging.Pager(v, pages, page);
                yield return new SitePage(v.U(page.Url), language, "pages/topic", pager is null ? view.Name : $"{view.Name} ({page.Number}/{page.Count})")
                {
                    Kind = "topic",
                    // The pager and the pages' places follow from the tags.
                    InputKey = () => context.InputKeys.Tags + context.InputKeys.TopicList(topic.Id) + context.Figures.Fingerprint,
                    Description = topic.Summary.In(language),
                    Breadcrumbs = [home, topicsLink],
                    Crumb = pager is null ? null : view.Name,
                    Model = () => new Dictionary<string, object?>
                    {
                        ["topic"] = view,
                        ["topic_zh"] = topic.Name.Zh,
                        ["summary"] = topic.Summary.In(language),
                        ["groups"] = page.Places.Select(p => new PlaceSectionsView(v.Place(p),
                                index.Of(topic.Id, p).Where(s => s.IsAbout(topic.Id)).Select(s => v.Link(s, topic.Id)).ToList(),
                                index.Of(topic.Id, p).Where(s => !s.IsAbout(topic.Id)).Select(s => v.Link(s, topic.Id)).ToList()))
                            .Where(g => g.Count > 0).ToList(),
                        ["pager"] = pager,
                        ["terms"] = terms,
                        ["indicators"] = indicators,
                        ["compare_url"] = compareUrl is null ? null : v.U(PlacePaging.UrlOf(TopicUrls.CompareTopic(topic), page.Number)),
                        ["other_topics"] = otherTopics,
                    },
                };
            }
        }
    }
}
