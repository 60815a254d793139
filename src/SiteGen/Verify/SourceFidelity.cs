using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Markup;
using SiteGen.Output;

namespace SiteGen.Verify;

/// <summary>
/// Proves that the site publishes a source in full: every character of it, outside the clutter its
/// import listed, appears in the published pages in order. Whitespace and the source's own markup
/// (#, **, &lt;b&gt;, &lt;sub&gt;, table pipes and tabs) do not count; editor's notes and ¶ links on the
/// pages do not count either.
/// </summary>
public static partial class SourceFidelity
{
    /// <summary>How much of a source the pages publish; Misses are source lines not found in order.</summary>
    public sealed record Result(string Source, int Total, int Matched, IReadOnlyList<(int Line, string Text)> Misses)
    {
        public double Coverage => Total == 0 ? 100.0 : 100.0 * Matched / Total;
    }

    /// <param name="page">Parsed page by output path (from <see cref="CheckedSite.Pages"/>).</param>
    public static Result Measure(BuildContext build, string sourceName, Func<string, AngleSharp.Dom.IDocument> page)
    {
        var source = build.Content.Sources[sourceName];
        var dropped = source.Dropped.Select(d => d.Line).ToHashSet();
        var published = Normalize(PublishedText(build, sourceName, page));
        var total = 0;
        var matched = 0;
        var cursor = 0;
        var misses = new List<(int, string)>();
        for (var n = 1; n <= source.Lines.Count; n++)
        {
            if (dropped.Contains(n)) continue;
            var chunk = Normalize(source.Lines[n - 1]);
            if (chunk.Length == 0) continue;
            total += chunk.Length;
            var at = published.IndexOf(chunk, cursor, StringComparison.Ordinal);
            if (at < 0) { misses.Add((n, chunk)); continue; }
            matched += chunk.Length;
            cursor = at + chunk.Length;
        }
        return new Result(sourceName, total, matched, misses);
    }

    /// <summary>The zh pages of every plan converted from this source, in source order, as text.</summary>
    static string PublishedText(BuildContext build, string sourceName, Func<string, AngleSharp.Dom.IDocument> page)
    {
        var sb = new StringBuilder();
        var plans = build.Content.Plans.Where(p => p.Source == sourceName)
            .OrderBy(p => int.Parse(p.Text.FrontMatter.Lines.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture));
        foreach (var plan in plans)
        {
            var pages = new List<string> { SiteUrls.FileOf(PlanUrls.Plan(plan)) };
            pages.AddRange(build.Plans[plan.Id].Document.Chapters.Select(c => SiteUrls.FileOf(PlanUrls.Chapter(plan, c.Id))));
            foreach (var path in pages)
                foreach (var text in page(path).QuerySelectorAll(".plan-text"))
                    sb.Append(SourceWords.Of(text));
        }
        return sb.ToString();
    }

    static string Normalize(string text) => Markup().Replace(text, "");

    [GeneratedRegex(@"[\s\u00A0\u3000|#*]|</?(b|p|sub|sup)>")] private static partial Regex Markup();
}
