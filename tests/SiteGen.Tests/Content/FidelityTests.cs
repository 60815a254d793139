using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Markup;
using SiteGen.Output;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Content;

/// <summary>
/// Every character of each source, outside the clutter its import listed, appears in the published
/// pages, in order. Whitespace and the source's own markup (#, **, &lt;b&gt;, &lt;sub&gt;, table pipes and
/// tabs) do not count; editor's notes, ¶ links and the explanations of glossary terms and indicator
/// names (.term-tip, shown on hover and focus) on the pages do not count either: they are the site's
/// words, not the source's.
/// </summary>
public sealed partial class FidelityTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sources => ["000_b2fe04079fb47e5c.txt", "001_3b759b29db0cb95e.txt",
        "002_5dfaba626f3bc4cb.txt", "003_4e8e1224cfa8f5f4.txt", "004_3798f38f41d0bc2b.txt"];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Given_a_source_When_the_site_is_built_Then_all_its_text_is_published_in_order(string name)
    {
        var site = BuiltSite.Context;
        var source = site.Content.Sources[name];
        var dropped = source.Dropped.Select(d => d.Line).ToHashSet();
        var published = Normalize(PublishedText(name));

        var total = 0;
        var matched = 0;
        var cursor = 0;
        var misses = new List<string>();
        for (var n = 1; n <= source.Lines.Count; n++)
        {
            if (dropped.Contains(n)) continue;
            var chunk = Normalize(source.Lines[n - 1]);
            if (chunk.Length == 0) continue;
            total += chunk.Length;
            var at = published.IndexOf(chunk, cursor, StringComparison.Ordinal);
            if (at < 0) { misses.Add($"line {n}: {Shorten(chunk)}"); continue; }
            matched += chunk.Length;
            cursor = at + chunk.Length;
        }
        var coverage = 100.0 * matched / total;
        output.WriteLine($"{name}: {matched}/{total} characters published in order ({coverage:F2}%)");
        Assert.True(misses.Count == 0, $"{misses.Count} source lines not found in order, first: {string.Join("; ", misses.Take(5))}");
        Assert.Equal(100.0, coverage);
    }

    [Fact]
    public void Given_the_clutter_lists_When_read_Then_every_dropped_line_is_really_in_its_source()
    {
        foreach (var source in BuiltSite.Context.Content.Sources.Values)
            foreach (var d in source.Dropped)
                Assert.Equal(d.Text, source.Lines[d.Line - 1].Trim());
    }

    /// <summary>What the site adds inside .plan-text: editor's notes, ¶ links, term explanations.</summary>
    public const string IgnoredOnPages = ".ednote, .pilcrow, .term-tip";

    /// <summary>The zh pages of every plan converted from this source, in source order, as text.</summary>
    static string PublishedText(string sourceName)
    {
        var site = BuiltSite.Context;
        var sb = new StringBuilder();
        var plans = site.Content.Plans.Where(p => p.Source == sourceName)
            .OrderBy(p => int.Parse(p.Text.FrontMatter.Lines.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture));
        foreach (var plan in plans)
        {
            var pages = new List<string> { SiteUrls.FileOf(PlanUrls.Plan(plan)) };
            pages.AddRange(site.Plans[plan.Id].Document.Chapters.Select(c => SiteUrls.FileOf(PlanUrls.Chapter(plan, c.Id))));
            foreach (var page in pages)
            {
                var doc = BuiltSite.Page(page);
                foreach (var text in doc.QuerySelectorAll(".plan-text"))
                {
                    foreach (var extra in text.QuerySelectorAll(IgnoredOnPages).ToList()) extra.Remove();
                    sb.Append(text.TextContent);
                }
            }
        }
        return sb.ToString();
    }

    static string Normalize(string text) => Markup().Replace(text, "");

    static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    [GeneratedRegex(@"[\s\u00A0\u3000|#*]|</?(b|p|sub|sup)>")] private static partial Regex Markup();
}
