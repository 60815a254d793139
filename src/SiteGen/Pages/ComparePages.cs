using SiteGen.Build;
using SiteGen.Compare;
using SiteGen.Content;
using SiteGen.Output;
using SiteGen.Topics;

namespace SiteGen.Pages;

/// <summary>
/// Side-by-side reading. One page per topic (/compare/air/) holds the sections of every place that are
/// about the topic in full, in columns on a desktop and with place tabs on a phone, and links to the
/// sections that only mention it in their text. A view of two to five places
/// is a permalink to that page with the places in its fragment (/compare/air/#hohhot-changji): the
/// fragment targets an anchor, and CSS made from the places (<see cref="CompareViewStyles"/>) hides
/// the other columns, so the view works without scripts. Pre-rendering every view as a page would
/// repeat each place's text in 15 of the 26 views (about 40 MB per language); this way the text is on
/// one page per topic. compare.js only makes picking quicker and turns the columns into tabs on a
/// phone. /compare/ is the picker and the list of views.
/// </summary>
public sealed class ComparePages : IPageSource
{
    /// <summary>The picker and the phone tabs (templates/assets/compare.js).</summary>
    public const string Script = "compare.js";

    public IEnumerable<SitePage> Pages(BuildContext context, string language)
    {
        var v = new ReadingViewBuilder(context, language);
        var html = new SectionHtml(context);
        var home = new LinkView(v.T("nav.home"), SiteUrls.LanguageRoot(language));
        var compareLink = new LinkView(v.T("compare.title"), v.U(TopicUrls.Compare));
        var topics = context.Topics.Catalog.Topics;

        object Views(TopicDefinition topic) => CompareViews.Of(context, topic).Select(view => new
        {
            view.Id,
            Title = Names(v, view.Places),
            Url = v.U(view.Url),
            Size = view.Places.Count,
        }).ToList();

        yield return new SitePage(v.U(TopicUrls.Compare), language, "pages/compare", v.T("compare.title"))
        {
            Kind = "compare",
            InputKey = () => context.InputKeys.Tags,
            Scripts = [Script],
            Description = v.T("compare.description"),
            Breadcrumbs = [home],
            Model = () => new Dictionary<string, object?>
            {
                ["picker"] = Picker(context, v, null),
                ["plans_url"] = context.Alignment is null ? null : v.U(TopicUrls.ComparePlans),
                ["topics"] = topics.Select(t => new
                {
                    Topic = v.Topic(t, context.Topics.Of(t.Id).Count),
                    Url = v.U(TopicUrls.CompareTopic(t)),
                    Views = Views(t),
                }).ToList(),
            },
        };

        foreach (var topic in topics)
        {
            var view = v.Topic(topic, context.Topics.Of(topic.Id).Count);
            var otherTopics = topics.Where(t => t != topic).Select(t => new LinkView(t.Name.In(language), v.U(TopicUrls.CompareTopic(t)))).ToList();
            // Beyond a few places (never on the real site) the columns go on pages of places, like the topic's own
            // pages; such a topic has no views (CompareViews.MaxSitePlaces), so its pages have no picker either.
            var pages = PlacePaging.Split(context.Topics.PlacesOf(topic.Id), TopicUrls.CompareTopic(topic));
            foreach (var page in pages)
            {
                var url = v.U(page.Url);
                var pager = PlacePaging.Pager(v, pages, page);
                yield return new SitePage(url, language, "pages/compare-topic",
                    pager is null ? $"{view.Name} · {v.T("compare.title")}" : $"{view.Name} ({page.Number}/{page.Count}) · {v.T("compare.title")}")
                {
                    Kind = "compare-topic",
                    InputKey = () => context.InputKeys.Tags + context.InputKeys.TopicText(topic.Id),
                    Scripts = [Script],
                    Crumb = view.Name,
                    Description = string.Format(System.Globalization.CultureInfo.InvariantCulture, v.T("compare.topic_description"), view.Name),
                    Breadcrumbs = [home, compareLink],
                    Model = () => new Dictionary<string, object?>
                    {
                        ["topic"] = view,
                        ["topic_url"] = v.U(PlacePaging.UrlOf(TopicUrls.Topic(topic), page.Number)),
                        ["all_places"] = Names(v, page.Places),
                        ["columns"] = page.Places.Select(place =>
                        {
                            var tagged = context.Topics.Of(topic.Id, place);
                            return new CompareColumnView(v.Place(place),
                                tagged.Where(t => t.IsAbout(topic.Id)).Select(t => v.Text(t, topic.Id, html, url)).ToList(),
                                tagged.Where(t => !t.IsAbout(topic.Id)).Select(t => v.Link(t, topic.Id)).ToList(),
                                string.Join(language == "en" ? "; " : "；", tagged.Select(t => t.Section.Plan).Distinct().Select(v.PlanTitle)));
                        }).ToList(),
                        ["views"] = pager is null ? Views(topic) : new List<object>(),
                        ["picker"] = pager is null ? Picker(context, v, topic) : null,
                        ["pager"] = pager,
                        ["other_topics"] = otherTopics,
                    },
                };
            }
        }
    }

    static string Names(ReadingViewBuilder v, IEnumerable<Place> places) =>
        string.Join(v.Language == "en" ? ", " : "、", places.Select(p => p.Name.In(v.Language)));

    /// <summary>The picker compare.js enables: a checkbox per place and the topics, with the places each topic has.</summary>
    static object Picker(BuildContext context, ReadingViewBuilder v, TopicDefinition? topic) => new
    {
        Places = context.Content.Places.Select(p => new PickerPlaceView(v.Place(p), topic is null || context.Topics.Of(topic.Id, p).Count > 0)).ToList(),
        Topics = context.Topics.Catalog.Topics.Select(t => new
        {
            Topic = v.Topic(t),
            Selected = t == topic,
            Url = v.U(TopicUrls.CompareTopic(t)),
            Places = string.Join(' ', context.Topics.PlacesOf(t.Id).Select(p => p.Slug)),
        }).ToList(),
    };
}
