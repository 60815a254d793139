using SiteGen.Compare;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Compare;

/// <summary>Compare pages: every view of two to five places has a permalink that CSS can show without scripts.</summary>
public sealed class CompareTests
{
    [Fact]
    public void Given_a_topic_compare_page_When_its_views_are_listed_Then_every_set_of_two_to_five_places_has_an_anchor_and_a_style_rule()
    {
        var site = BuiltSite.Context;
        var css = site.Output.GetText("assets/" + CompareViewStyles.Asset);
        foreach (var topic in site.Topics.Catalog.Topics)
        {
            var places = site.Topics.PlacesOf(topic.Id);
            var views = CompareViews.Of(site, topic);
            Assert.Equal((1 << places.Count) - places.Count - 1, views.Count);
            var doc = BuiltSite.Page(SiteUrls.FileOf($"/compare/{topic.Id}/"));
            Assert.Equal(places.Select(p => "col-" + p.Slug), doc.QuerySelectorAll(".compare-col").Select(c => c.Id));
            foreach (var view in views)
            {
                var anchor = doc.GetElementById(view.Id);
                Assert.True(anchor is not null && anchor.ClassList.Contains("view-anchor"), $"{topic.Id}: no anchor #{view.Id}");
                Assert.Contains($"#{view.Id}:target ~ .view-captions .view-caption-{view.Id}", css);
                if (view.Places.Count < places.Count)
                    Assert.Contains($"#{view.Id}:target ~ .compare-columns > .compare-col{string.Concat(view.Places.Select(p => $":not(.place-{p.Slug})"))}", css);
            }
        }
    }

    [Fact]
    public void Given_a_topic_compare_page_When_read_Then_each_column_holds_the_sections_about_the_topic_in_full_and_links_those_that_mention_it()
    {
        var site = BuiltSite.Context;
        var doc = BuiltSite.Page("compare/water/index.html");
        foreach (var place in site.Topics.PlacesOf("water"))
        {
            var column = doc.GetElementById("col-" + place.Slug)!;
            var links = column.QuerySelectorAll(".mentions a.section-title").Select(a => a.GetAttribute("href")).ToList();
            foreach (var tagged in site.Topics.Of("water", place))
            {
                var parts = tagged.PartsOn("water");
                if (!tagged.IsAbout("water"))
                    Assert.Contains(SiteUrls.Relative("/compare/water/", tagged.Section.Url), links);
                else if (parts.Count > 0)
                    Assert.All(parts, part => Assert.NotNull(column.QuerySelector($"[id='{SectionHtml.Prefix(tagged.Section.Plan)}{part}']")));
                else if (tagged.Section.Level > 0)
                    Assert.NotNull(column.QuerySelector($"[id='{SectionHtml.Prefix(tagged.Section.Plan)}{tagged.Section.Id}']"));
                var last = tagged.Section.Body.LastOrDefault();
                if (tagged.IsAbout("water") && parts.Count == 0 && last is { Kind: "paragraph" })
                    Assert.Contains(last.Text[..Math.Min(20, last.Text.Length)], column.TextContent);
            }
        }
        // ¶ links point to the passage on its own chapter page, where it is cited.
        var pilcrow = doc.QuerySelector("#col-hohhot .pilcrow")!;
        Assert.StartsWith("../../hohhot/eco-plan/", pilcrow.GetAttribute("href"));
    }

    [Fact]
    public void Given_the_aligned_plans_When_compared_pairwise_Then_every_row_page_of_every_pair_sets_both_texts_side_by_side()
    {
        var site = BuiltSite.Context;
        var alignment = site.Alignment!;
        Assert.Equal(["hohhot/eco-plan", "changji/eco-plan", "bayannur/eco-plan"], alignment.Plans.Select(p => p.Id));
        foreach (var (a, b) in alignment.Pairs)
            foreach (var row in alignment.Rows.Where(r => r.Of(a).Count + r.Of(b).Count > 0))
            {
                var doc = BuiltSite.Page($"compare/plans/{a.Place.Slug}-{b.Place.Slug}/{row.Id}/index.html");
                foreach (var plan in new[] { a, b })
                {
                    var column = doc.GetElementById("col-" + plan.Place.Slug)!;
                    var sections = row.Of(plan).SelectMany(p => p.Sections).ToList();
                    Assert.Equal(sections.Count, column.QuerySelectorAll(".compare-section").Length);
                }
            }
    }
}
