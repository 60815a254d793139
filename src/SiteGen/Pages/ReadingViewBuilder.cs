using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Markup;
using SiteGen.Output;
using SiteGen.Topics;

namespace SiteGen.Pages;

/// <summary>Builds the views of sections, topics and places that the cross-plan pages share, in one language.</summary>
public sealed class ReadingViewBuilder(BuildContext context, string language)
{
    /// <summary>How many characters of a section's first paragraph a list shows.</summary>
    const int FirstLinesLength = 80;

    public string Language => language;
    public string T(string key) => context.Translations.Get(language, key);
    public string U(string url) => SiteUrls.InLanguage(url, language);

    public PlaceLinkView Place(Place place) => new(place.Slug, place.Name.In(language), place.Name.Zh, U(PlanUrls.Place(place)));

    public TopicLinkView Topic(TopicDefinition topic, int count = 0) => new(topic.Id, topic.Name.In(language), U(TopicUrls.Topic(topic)), count);

    /// <summary>"第一节 持续改善大气环境质量", or for the text before the first chapter "文首".</summary>
    public string Title(PlanSection section) => section.Level == 0 ? T("plan.front") : section.Title;

    public string PlanTitle(Plan plan) => plan.ShortTitle.Zh.Length > 0 ? plan.ShortTitle.In(language) : plan.Title.In(language);

    public SectionLinkView Link(TaggedSection tagged) => Link(tagged.Section, tagged.Topics.Select(t => Topic(t)).ToList());

    public SectionLinkView Link(PlanSection section, IReadOnlyList<TopicLinkView>? topics = null) =>
        new(Title(section), section.Level == 0, Chapter(section), section.IsLead, PlanTitle(section.Plan), U(section.Url),
            FirstLines(section), topics ?? []);

    /// <summary>A section in full, with the HTML made for the page it goes on.</summary>
    public SectionTextView Text(PlanSection section, string html) =>
        new(Compare.SectionHtml.Prefix(section.Plan) + section.Id, Title(section), section.Level == 0, Chapter(section), section.IsLead,
            PlanTitle(section.Plan), U(section.Url), new Templates.TrustedHtml(html));

    /// <summary>A section's parts on a topic (all of it when it has none), with the HTML made for the page it goes on.</summary>
    public SectionTextView Text(TaggedSection tagged, string topicId, Compare.SectionHtml html, string pageUrl)
    {
        var parts = tagged.PartsOn(topicId);
        return Text(tagged.Section, html.For(tagged.Section, parts, language, pageUrl)) with { IsPart = parts.Count > 0 };
    }

    /// <summary>A section as a link for a topic: with the headings inside it that are about the topic, when not all of it is.</summary>
    public SectionLinkView Link(TaggedSection tagged, string topicId)
    {
        var section = tagged.Section;
        var parts = tagged.PartsOn(topicId);
        var passages = context.Plans[section.Plan.Id].Document.Passages;
        var link = Link(section, tagged.Topics.Select(t => Topic(t)).ToList());
        if (parts.Count == 0) return link;
        var first = FirstLines(section.BlocksUnder(parts[0]).SelectMany(b => PlanSections.PassagesOf(b, passages)));
        return link with
        {
            FirstLines = first,
            Parts = parts.Select(id => new LinkView(passages[id].Text, U(PlanUrls.Passage(section.Plan, passages[id])))).ToList(),
        };
    }

    /// <summary>The heading of the chapter a 节 is in; empty for chapters, chapter openings and the front text.</summary>
    static string Chapter(PlanSection section) => section.Level == 3 ? section.ChapterTitle ?? "" : "";

    /// <summary>The start of the section's first paragraph or table row, cut at a sentence or word end.</summary>
    public static string FirstLines(PlanSection section) => FirstLines(section.Body);

    static string FirstLines(IEnumerable<Passage> passages)
    {
        var text = passages.Where(p => p.Kind != "heading").Select(p => p.Text).FirstOrDefault(t => t.Length > 0) ?? "";
        if (text.Length <= FirstLinesLength) return text;
        var cut = text[..FirstLinesLength];
        var stop = cut.LastIndexOfAny(['。', '；', '，', ',', ';']);
        return (stop > FirstLinesLength / 2 ? cut[..(stop + 1)] : cut) + "…";
    }
}

/// <summary>Where the topic and compare pages live.</summary>
public static class TopicUrls
{
    public const string Topics = "/topics/";
    public const string Compare = "/compare/";
    public const string ComparePlans = "/compare/plans/";
    public static string Topic(TopicDefinition topic) => $"/topics/{topic.Id}/";
    public static string CompareTopic(TopicDefinition topic) => $"/compare/{topic.Id}/";
}
