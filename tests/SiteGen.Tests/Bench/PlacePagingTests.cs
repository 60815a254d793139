using SiteGen.Bench;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Output;
using SiteGen.Pages;
using SiteGen.Templates;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Bench;

/// <summary>
/// Pages that show a topic place by place (the topic's page and its compare page) are split into pages of
/// at most <see cref="PlacePaging.PerPage"/> places once a topic has more, so no page grows with the number
/// of places; the five-place site keeps one page per topic at its own URL.
/// </summary>
public sealed class PlacePagingTests
{
    static readonly string[] PagedKinds = ["topic", "compare-topic"];

    static BuildContext BuildCorpus(string root, int scale)
    {
        var info = SyntheticCorpus.Write(Repo.Paths, Path.Combine(root, $"corpus-{scale}"), scale);
        return new BuildPipeline(new ProjectPaths(info.Root), new BuildLog(TextWriter.Null, quiet: true)).Run(publishTo: null).Context;
    }

    static long LargestPage(BuildContext context, string kind) =>
        context.Pages.Where(p => p.Kind == kind).Max(p => (long)context.Output.Get(SiteUrls.FileOf(p.Url)).Length);

    [Fact]
    public void Given_corpora_of_two_and_four_times_the_places_When_built_Then_no_topic_or_compare_page_grows_with_the_places()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-paging-").FullName;
        try
        {
            var small = BuildCorpus(root, 2);
            var large = BuildCorpus(root, 4);
            Assert.Equal(20, large.Content.Places.Count);
            foreach (var kind in PagedKinds)
            {
                // Twice the places: more pages of the kind, none larger but for which places share a page (a page of
                // eight holds other copies of the five places at 20 places than at 10). Unpaged, the largest would double.
                Assert.True(large.Pages.Count(p => p.Kind == kind) > small.Pages.Count(p => p.Kind == kind), kind);
                Assert.True(LargestPage(large, kind) <= LargestPage(small, kind) * 1.25,
                    $"{kind}: largest page {LargestPage(large, kind):N0} bytes at 20 places, {LargestPage(small, kind):N0} at 10");
            }
            // Every place with sections on a topic is on exactly one of the topic's pages, and no page holds more than PerPage.
            foreach (var topic in large.Topics.Catalog.Topics)
                foreach (var language in large.Languages)
                {
                    var pages = large.Pages.Where(p => p.Kind == "topic" && p.Language == language
                        && p.Url.StartsWith(SiteUrls.InLanguage(TopicUrls.Topic(topic), language), StringComparison.Ordinal)).ToList();
                    var shown = pages.SelectMany(p => PlacesOn(large, p)).ToList();
                    Assert.Equal(large.Topics.PlacesOf(topic.Id).Select(p => p.Slug), shown);
                    Assert.All(pages, p => Assert.InRange(PlacesOn(large, p).Count, 1, PlacePaging.PerPage));
                }
            // Beyond eight places there are no views of a few places: a paged compare page offers neither the picker
            // nor a list of views (it would offer "all five places" alone).
            Assert.All(large.Pages.Where(p => p.Kind == "compare-topic"), p =>
            {
                var html = large.Output.GetText(SiteUrls.FileOf(p.Url));
                Assert.DoesNotContain("class=\"compare-views\"", html);
                Assert.DoesNotContain("class=\"view-all\"", html);
                // nor does its introduction speak of choosing places
                var words = large.Translations.For(p.Language);
                Assert.DoesNotContain(HtmlTemplateContext.Escape(words["compare.topic_intro"]), html);
                Assert.Contains(HtmlTemplateContext.Escape(words["compare.topic_intro_paged"]), html);
            });
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The places whose sections a topic page lists (its h2 ids "place-&lt;slug&gt;"), in order.</summary>
    static List<string> PlacesOn(BuildContext context, SitePage page)
    {
        var html = context.Output.GetText(SiteUrls.FileOf(page.Url));
        return System.Text.RegularExpressions.Regex.Matches(html, "<h2 id=\"place-([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public void Given_the_five_places_of_the_real_site_When_built_Then_each_topic_has_one_page_and_one_compare_page_without_a_pager()
    {
        var context = BuiltSite.Context;
        var topics = context.Topics.Catalog.Topics.Count;
        foreach (var kind in PagedKinds)
            Assert.Equal(topics * context.Languages.Count, context.Pages.Count(p => p.Kind == kind));
        Assert.All(context.Pages.Where(p => PagedKinds.Contains(p.Kind)), p =>
        {
            Assert.DoesNotContain("/page/", p.Url, StringComparison.Ordinal);
            Assert.Null(p.Model()["pager"]);
        });
    }

    [Fact]
    public void Given_five_hundred_places_When_split_Then_pages_hold_at_most_PerPage_places_and_the_pager_links_a_bounded_number_of_pages()
    {
        var places = Enumerable.Range(1, 500).Select(i => new Place { Slug = $"p{i:D3}", Name = new LocalizedText { Zh = $"地{i}", En = $"Place {i}" } }).ToList();
        var pages = PlacePaging.Split(places, "/topics/air/");
        Assert.Equal((500 + PlacePaging.PerPage - 1) / PlacePaging.PerPage, pages.Count);
        Assert.Equal("/topics/air/", pages[0].Url);
        Assert.Equal("/topics/air/page/2/", pages[1].Url);
        Assert.Equal(places, pages.SelectMany(p => p.Places));
        Assert.All(pages, p => Assert.InRange(p.Places.Count, 1, PlacePaging.PerPage));

        var v = new ReadingViewBuilder(BuiltSite.Context, "en");
        foreach (var page in pages)
        {
            var pager = PlacePaging.Pager(v, pages, page)!;
            Assert.InRange(pager.Pages.Count, 2, 2 * PlacePaging.Window + 3);
            Assert.Contains(pager.Pages, l => l.Current && l.Number == page.Number);
            Assert.Equal(page.Number > 1, pager.Previous is not null);
            Assert.Equal(page.Number < pages.Count, pager.Next is not null);
        }
        Assert.Null(PlacePaging.Pager(v, PlacePaging.Split(places.Take(PlacePaging.PerPage).ToList(), "/topics/air/"), PlacePaging.Split(places.Take(PlacePaging.PerPage).ToList(), "/topics/air/")[0]));
    }
}
