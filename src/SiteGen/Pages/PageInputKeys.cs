using SiteGen.Build;
using SiteGen.Compare;
using SiteGen.Content;
using SiteGen.Markup;
using SiteGen.Topics;

namespace SiteGen.Pages;

/// <summary>
/// The keys pages give as <see cref="SitePage.InputKey"/>: what each kind of page shows of the plan texts
/// and of what is derived from them (topics, glossary occurrences, chapter alignment), built from the keys
/// of the plans' parts (<see cref="PlanTextKeys"/>). Records, catalogs and templates are not here: they
/// are in the build's site key, and any change to them re-renders every page.
/// </summary>
public sealed class PageInputKeys(BuildContext context)
{
    string? tags, untagged, outlines, glossary, alignment;

    PlanTextKeys KeysOf(Plan plan) => context.Plans[plan.Id].Keys;

    /// <summary>A plan's overview page: outline and front text.</summary>
    public string Plan(Plan plan) => KeysOf(plan).Outline + KeysOf(plan).Front;

    /// <summary>A chapter page: the plan's outline and the chapter.</summary>
    public string Chapter(Plan plan, string chapterId) => KeysOf(plan).Outline + KeysOf(plan).Chapter(chapterId);

    public string Section(PlanSection section) => KeysOf(section.Plan).Section(section);

    /// <summary>A section with its topics, the evidence for each and the parts on each.</summary>
    public string Tagged(TaggedSection tagged) => ContentKey.Of(
        new[] { Section(tagged.Section), tagged.Reason?.Zh, tagged.Reason?.En }
            .Concat(tagged.Topics.Select(t => t.Id))
            .Concat(tagged.Evidence.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + "=" + e.Value))
            .Concat(tagged.Parts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + string.Join(' ', p.Value))));

    /// <summary>Which section has which topics (counts, pickers, lists of places per topic).</summary>
    public string Tags => tags ??= ContentKey.Of(context.Topics.Sections.Select(s => s.Section + ":" + string.Join(' ', s.Topics.Select(t => t.Id))));

    /// <summary>
    /// A section as a list shows it for a topic (<see cref="ReadingViewBuilder.Link(TaggedSection, string)"/>):
    /// title, first lines, the parts on the topic, its topics. Its other paragraphs are not in the key.
    /// </summary>
    public string Link(TaggedSection tagged, string topicId)
    {
        var link = (links ??= new ReadingViewBuilder(context, context.Languages[0])).Link(tagged, topicId);
        return ContentKey.Of(new[] { tagged.Section.ToString(), link.Title, link.Chapter, link.IsLead ? "lead" : "", link.FirstLines, tagged.IsAbout(topicId) ? "about" : "" }
            .Concat(link.Parts.Select(p => p.Title + "|" + p.Url)).Concat(link.Topics.Select(t => t.Id)));
    }

    ReadingViewBuilder? links;
    // Per topic, made once: a topic's pages in both languages (and its pages of places beyond eight) share them.
    readonly Dictionary<string, string> topicLists = new(StringComparer.Ordinal), topicTexts = new(StringComparer.Ordinal);

    /// <summary>The sections on a topic as its topic page lists them.</summary>
    public string TopicList(string topicId) => Once(topicLists, topicId, () =>
        ContentKey.Of(context.Topics.Of(topicId).Select(t => Link(t, topicId))));

    /// <summary>The sections on a topic as its compare page shows them: in full those about it, as links those that mention it.</summary>
    public string TopicText(string topicId) => Once(topicTexts, topicId, () =>
        ContentKey.Of(context.Topics.Of(topicId).Select(t => t.IsAbout(topicId) ? Tagged(t) : Link(t, topicId))));

    static string Once(Dictionary<string, string> made, string id, Func<string> make) =>
        made.TryGetValue(id, out var key) ? key : made[id] = make();

    /// <summary>The sections without topic, as listed, and why.</summary>
    public string Untagged => untagged ??= ContentKey.Of(context.Topics.Untagged.Select(t => Link(t, "") + t.Reason?.Zh + t.Reason?.En));

    /// <summary>The outlines of every plan (headings and editor's notes).</summary>
    public string Outlines => outlines ??= ContentKey.Of(context.Content.Plans.Select(p => KeysOf(p).Outline));

    /// <summary>Where each glossary term occurs.</summary>
    public string Glossary => glossary ??= ContentKey.Of(context.Glossary.Occurrences.OrderBy(o => o.Key, StringComparer.Ordinal)
        .SelectMany(o => o.Value.Select(x => $"{o.Key}|{x.Section}|{x.Section.Title}|{x.Passage.Id}")));

    /// <summary>The chapter alignment as pages show it: per row, the parts of each plan and their sections.</summary>
    public string Alignment(ChapterAlignment aligned) => alignment ??= ContentKey.Of(aligned.Rows.SelectMany(row => aligned.Plans.SelectMany(plan =>
        row.Of(plan).Select(part => $"{row.Id}|{plan.Id}|{part.Id}|{part.Title}|{part.Url}|{string.Join(' ', part.Sections)}"))));

    /// <summary>One row of two aligned plans, with the sections it shows in full.</summary>
    public string AlignedRow(ChapterAlignment alignment, ChapterAlignment.Row row, Plan a, Plan b) => Alignment(alignment)
        + ContentKey.Of(row.Of(a).Concat(row.Of(b)).SelectMany(part => part.Sections).Select(Section));
}
