using AngleSharp.Html.Parser;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Sharing;

/// <summary>A link shared in a chat or a feed shows the page's title, description and canonical address (Open Graph).</summary>
public sealed class OpenGraphTests
{
    [Fact]
    public void Given_every_page_When_shared_Then_its_Open_Graph_tags_match_its_title_description_language_and_canonical_URL()
    {
        var site = BuiltSite.Context;
        var parser = new HtmlParser();
        Assert.NotEmpty(site.Pages);
        foreach (var page in site.Pages)
        {
            var document = parser.ParseDocument(site.Output.GetText(SiteUrls.FileOf(page.Url)));
            string? Meta(string property) => document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
            Assert.Equal(page.Title, Meta("og:title"));
            Assert.Equal(document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Meta("og:url"));
            Assert.Equal(site.Content.Site.Title.In(page.Language), Meta("og:site_name"));
            Assert.Equal(page.Language == "en" ? "en_US" : "zh_CN", Meta("og:locale"));
            Assert.Equal(page.Language == "en" ? "zh_CN" : "en_US", Meta("og:locale:alternate"));
            Assert.Equal(page.Kind is "plan" or "chapter" ? "article" : "website", Meta("og:type"));
            var description = document.QuerySelector("meta[name=description]")?.GetAttribute("content");
            Assert.False(string.IsNullOrWhiteSpace(description), $"{page.Url} has no description");
            Assert.Equal(description, Meta("og:description"));
        }
    }
}
