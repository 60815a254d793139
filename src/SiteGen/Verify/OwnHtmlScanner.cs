using System.Net;

namespace SiteGen.Verify;

/// <summary>
/// Reads the ids and links of a page that this build wrote, by scanning its tags, without building a
/// DOM. Written by hand because a full HTML5 parse (AngleSharp) costs about 4 ms a page and was most
/// of the build time at 10,000 pages (the profile is in README, "Speed"). It is sound for the build's
/// own output only: templates and Markdig escape every '"', '&lt;' and '&gt;' in text, and the site has
/// no inline script, style or comments, so every "name=value" it sees is in a tag. `sitegen check`
/// verifies the same links on a real HTML5 parse (<see cref="PageLinks.Parse"/>) and that this scanner
/// reads every page as the parser does.
/// </summary>
public static class OwnHtmlScanner
{
    public static PageLinks Scan(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<(string, int)>();
        var line = 1;
        var counted = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            var start = i++;
            var nameStart = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
            if (i == nameStart || !char.IsAsciiLetter(html[nameStart])) continue;
            var name = html.AsSpan(nameStart, i - nameStart);
            var linkAttribute = LinkAttributeOf(name);
            // Attributes up to '>'.
            while (i < html.Length && html[i] != '>')
            {
                if (char.IsWhiteSpace(html[i]) || html[i] == '/') { i++; continue; }
                var keyStart = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
                var key = html.AsSpan(keyStart, i - keyStart);
                while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
                if (i >= html.Length || html[i] != '=') continue;
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
                if (i >= html.Length) break;
                string value;
                if (html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var end = html.IndexOf(quote, i + 1);
                    if (end < 0) end = html.Length;
                    value = html[(i + 1)..end];
                    i = Math.Min(end + 1, html.Length);
                }
                else
                {
                    var valueStart = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                    value = html[valueStart..i];
                }
                var isId = key.Equals("id", StringComparison.OrdinalIgnoreCase);
                var isLink = linkAttribute is not null && key.Equals(linkAttribute, StringComparison.OrdinalIgnoreCase);
                if (!isId && !isLink) continue;
                if (value.Contains('&')) value = WebUtility.HtmlDecode(value);
                if (isId) { ids.Add(value); continue; }
                line += html.AsSpan(counted, start - counted).Count('\n');
                counted = start;
                links.Add((value, line));
            }
        }
        return new PageLinks(ids, links);
    }

    /// <summary>The attribute that holds the link of the elements link checking follows (as <see cref="PageLinks"/>).</summary>
    static string? LinkAttributeOf(ReadOnlySpan<char> tag) =>
        tag.Equals("a", StringComparison.OrdinalIgnoreCase) || tag.Equals("link", StringComparison.OrdinalIgnoreCase) ? "href"
        : tag.Equals("script", StringComparison.OrdinalIgnoreCase) || tag.Equals("img", StringComparison.OrdinalIgnoreCase)
          || tag.Equals("source", StringComparison.OrdinalIgnoreCase) ? "src"
        : tag.Equals("form", StringComparison.OrdinalIgnoreCase) ? "action"
        : null;
}
