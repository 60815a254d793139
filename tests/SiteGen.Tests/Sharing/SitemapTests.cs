using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Sharing;

/// <summary>sitemap.xml and robots.txt: search engines find every page that may be indexed, under its canonical URL.</summary>
public sealed class SitemapTests
{
    static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void Given_the_built_site_When_its_sitemap_is_read_Then_it_lists_the_canonical_URL_of_every_indexable_page_and_nothing_else()
    {
        var site = BuiltSite.Context;
        var baseUrl = site.Content.Site.BaseUrl;
        var sitemap = XDocument.Parse(site.Output.GetText("sitemap.xml"));
        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var listed = sitemap.Root.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        var parser = new HtmlParser();
        var expected = new List<string>();
        foreach (var page in site.Pages)
        {
            var document = parser.ParseDocument(site.Output.GetText(SiteUrls.FileOf(page.Url)));
            var canonical = document.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
            Assert.Equal(baseUrl.TrimEnd('/') + page.Url, canonical);
            var noIndex = document.QuerySelector("meta[name=robots]")?.GetAttribute("content")?.Contains("noindex", StringComparison.Ordinal) == true;
            if (!noIndex) expected.Add(canonical);
        }
        Assert.Equal(expected, listed);
        Assert.DoesNotContain(listed, u => u.EndsWith("404.html", StringComparison.Ordinal));
        Assert.Contains(baseUrl, listed);
        Assert.Contains(baseUrl + "en/", listed);

        foreach (var url in sitemap.Root.Elements(Sitemap + "url"))
        {
            var alternates = url.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.Equal(["zh-CN", "en"], alternates.Keys);
            Assert.Contains(url.Element(Sitemap + "loc")!.Value, alternates.Values);
            Assert.All(alternates.Values, a => Assert.Contains(a, listed));
        }
    }

    [Fact]
    public void Given_the_built_site_When_robots_txt_is_read_Then_it_allows_crawling_and_names_the_sitemap()
    {
        var site = BuiltSite.Context;
        var lines = site.Output.GetText("robots.txt").Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Allow: /", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Disallow: /", StringComparison.Ordinal) && l.Length > "Disallow:".Length);
        Assert.Contains($"Sitemap: {site.Content.Site.BaseUrl}sitemap.xml", lines);
    }
}
