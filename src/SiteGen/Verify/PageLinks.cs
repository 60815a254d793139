using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Verify;

/// <summary>What link checking needs of one HTML page: its element ids, and its links with their line.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<(string Link, int Line)> Links)
{
    const string LinkSelector = "a[href], link[href], script[src], img[src], source[src], form[action]";

    public static PageLinks Of(IDocument doc) => new(
        doc.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal),
        doc.QuerySelectorAll(LinkSelector)
            .Select(e => (e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!, e.SourceReference?.Position.Line ?? 0))
            .ToList());

    /// <summary>Parses a page (AngleSharp, the HTML5 algorithm browsers use) and reads its ids and links.</summary>
    public static PageLinks Parse(string html) =>
        Of(new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html));
}
