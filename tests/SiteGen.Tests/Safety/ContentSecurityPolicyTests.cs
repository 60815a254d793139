using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// Every page carries a Content-Security-Policy that allows nothing but the site's own files (no
/// 'unsafe-inline', no 'unsafe-eval'), and needs nothing more: no inline script (JSON-LD data blocks
/// are not scripts), no inline style, no event-handler attribute, no javascript: URL.
/// </summary>
public sealed class ContentSecurityPolicyTests
{
    [Fact]
    public void Given_every_page_When_its_policy_is_read_Then_it_allows_only_the_sites_own_files()
    {
        var parser = new HtmlParser();
        var pages = BuiltSite.Context.Output.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        foreach (var path in pages)
        {
            var document = parser.ParseDocument(BuiltSite.Context.Output.GetText(path));
            var policies = document.QuerySelectorAll("meta[http-equiv='Content-Security-Policy']");
            var policy = Assert.Single(policies).GetAttribute("content")!;
            var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);
            Assert.Equal(["'self'"], directives["default-src"]);
            Assert.Equal(["'self'"], directives["script-src"]);
            Assert.Equal(["'self'"], directives["style-src"]);
            Assert.Equal(["'none'"], directives["object-src"]);
            Assert.Equal(["'none'"], directives["base-uri"]);
            Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("*", policy, StringComparison.Ordinal);
            Assert.Same(document.Head!.FirstElementChild, document.QuerySelector("meta[charset]"));
            Assert.True(document.Head.Children.ToList().IndexOf(policies[0]) < document.Head.Children.ToList().FindIndex(e => e.LocalName is "script" or "link"),
                $"{path}: the policy must come before the first script or stylesheet");

            Assert.All(document.QuerySelectorAll("script"), s =>
                Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json", $"{path}: inline script {s.OuterHtml[..Math.Min(80, s.OuterHtml.Length)]}"));
            Assert.Empty(document.QuerySelectorAll("style, [style]").Select(e => $"{path}: {e.OuterHtml[..Math.Min(80, e.OuterHtml.Length)]}"));
            var handlers = document.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => $"{path}: {e.LocalName}[{a.Name}]"));
            Assert.Empty(handlers);
            Assert.DoesNotContain(document.QuerySelectorAll("[href], [src], [action]"),
                e => (e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action"))!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        }
    }
}
