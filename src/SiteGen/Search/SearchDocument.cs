namespace SiteGen.Search;

/// <summary>
/// One thing search can find and link to: a passage of plan text (a heading, paragraph or table row),
/// a target, or an indicator of a place (Figures/FigureSearchDocuments).
/// Search matches <see cref="Body"/>, <see cref="Topic"/> and <see cref="Path"/>; a hit shows them.
/// </summary>
/// <param name="Url">Site URL from the root with its #anchor, e.g. "/hohhot/eco-plan/ch4/#ch4-s1-p2".</param>
/// <param name="Kind">What it is, for the kind filter: <see cref="SearchKinds"/>.</param>
/// <param name="Place">The place's slug (place filter, and the place's name is indexed).</param>
/// <param name="Plan">The plan's id ("hohhot/eco-plan"), or null for something of a place but no plan.</param>
/// <param name="Topic">What it is about, broadest first: for a passage, its chapter's heading.</param>
/// <param name="Path">Where it is below the topic: for a passage, the headings between its chapter and itself (and a row's table caption), joined by " › ".</param>
/// <param name="Body">Its text, as a reader sees it (plain text, never markup).</param>
public sealed record SearchDocument(string Url, string Kind, string Place, string? Plan, string Topic, string Path, string Body);

/// <summary>The kinds of search documents; the search page's kind filter offers each.</summary>
public static class SearchKinds
{
    /// <summary>Plan text: headings, paragraphs, table rows.</summary>
    public const string Text = "text";
    /// <summary>A target a plan sets: its quote.</summary>
    public const string Target = "target";
    /// <summary>An indicator of a place and its figures as written.</summary>
    public const string Indicator = "indicator";

    public static IReadOnlyList<string> All { get; } = [Text, Target, Indicator];
}
