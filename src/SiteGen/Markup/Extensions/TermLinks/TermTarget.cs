using SiteGen.Content;

namespace SiteGen.Markup.Extensions.TermLinks;

/// <summary>
/// Something plan text can name and the site explains: a glossary entry or an indicator. The first
/// time a section names it (in any of its <see cref="Forms"/>), the words link to <see cref="Url"/>
/// with <see cref="Explanation"/> shown on hover and focus.
/// </summary>
public sealed record TermTarget(
    string Kind,
    string Id,
    string Url,
    LocalizedText Name,
    LocalizedText Explanation,
    IReadOnlyList<string> Forms)
{
    /// <summary>"glossary:binding", "indicator:pm25".</summary>
    public string Key => $"{Kind}:{Id}";
}
