using SiteGen.Templates;

namespace SiteGen.Pages;

// What the templates of the cross-plan pages see (topics, compare, glossary, methodology): plain
// values in the page language, URLs from the site root.

/// <summary>A topic as a link, with a count (of sections, terms…) where the page shows one.</summary>
public sealed record TopicLinkView(string Id, string Name, string Url, int Count);

/// <summary>A place as a column or group heading.</summary>
public sealed record PlaceLinkView(string Slug, string Name, string NameZh, string Url);

/// <summary>
/// A plan section as a link: its heading as written (for the front text, the page-language label
/// instead: IsFront), its chapter's heading (for a 节), whether it is a chapter's opening text, its
/// plan, and its first words.
/// </summary>
public sealed record SectionLinkView(
    string Title, bool IsFront, string Chapter, bool IsLead, string PlanTitle, string Url, string FirstLines,
    IReadOnlyList<TopicLinkView> Topics)
{
    /// <summary>The headings inside the section that are about the topic, when not all of it is.</summary>
    public IReadOnlyList<LinkView> Parts { get; init; } = [];
}

/// <summary>A plan section in full, for side-by-side pages (Id: its heading's id on such pages).</summary>
public sealed record SectionTextView(
    string Id, string Title, bool IsFront, string Chapter, bool IsLead, string PlanTitle, string Url, TrustedHtml Html)
{
    /// <summary>True when the HTML holds only parts of the section (its heading is then not in it).</summary>
    public bool IsPart { get; init; }
}

/// <summary>The sections of one place on a topic: those about it, and those that mention it in their text.</summary>
public sealed record PlaceSectionsView(PlaceLinkView Place, IReadOnlyList<SectionLinkView> Sections, IReadOnlyList<SectionLinkView> Mentions)
{
    public int Count => Sections.Count + Mentions.Count;
}

/// <summary>A place's column on a compare page: the sections about the topic in full, then links to those that mention it.</summary>
public sealed record CompareColumnView(
    PlaceLinkView Place, IReadOnlyList<SectionTextView> Sections, IReadOnlyList<SectionLinkView> Mentions, string PlanTitles)
{
    public int Count => Sections.Count + Mentions.Count;
}

/// <summary>A place in the compare picker, checked or not.</summary>
public sealed record PickerPlaceView(PlaceLinkView Place, bool Selected);

/// <summary>An indicator of a topic, for the topic page.</summary>
public sealed record IndicatorLinkView(string Id, string Name, string NameZh, string Url, string? Unit, int Places);
