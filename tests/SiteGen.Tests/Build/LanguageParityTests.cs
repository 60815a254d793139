using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>/en/ mirrors the site: the same pages with the same anchors, so the language switch keeps the reader's place.</summary>
public sealed class LanguageParityTests
{
    [Fact]
    public void Given_the_built_site_When_zh_and_en_pages_are_compared_Then_they_are_the_same_pages_with_the_same_anchors()
    {
        var site = BuiltSite.Context;
        var pages = site.Output.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var zh = pages.Where(p => !p.StartsWith("en/", StringComparison.Ordinal)).ToList();
        var en = pages.Where(p => p.StartsWith("en/", StringComparison.Ordinal)).Select(p => p[3..]).ToList();
        Assert.Equal(zh, en);
        var problems = new List<string>();
        foreach (var page in zh)
        {
            var zhIds = BuiltSite.Page(page).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            var enIds = BuiltSite.Page("en/" + page).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            if (!zhIds.SetEquals(enIds))
                problems.Add($"{page}: only zh {string.Join(" ", zhIds.Except(enIds).Take(3))}; only en {string.Join(" ", enIds.Except(zhIds).Take(3))}");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Given_every_page_When_its_ids_are_listed_Then_none_is_used_twice()
    {
        var problems = new List<string>();
        foreach (var page in BuiltSite.Context.Output.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var twice = BuiltSite.Page(page).QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            if (twice.Count > 0) problems.Add($"{page}: {string.Join(", ", twice.Take(5))}");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Given_a_cross_plan_page_When_the_language_is_switched_Then_the_switch_leads_to_the_same_page_in_the_other_language()
    {
        foreach (var (page, other) in new[] { ("topics/water/index.html", "../../en/topics/water/"), ("en/compare/air/index.html", "../../../compare/air/"),
            ("glossary/index.html", "../en/glossary/"), ("en/methodology/index.html", "../../methodology/"),
            ("compare/plans/hohhot-changji/air/index.html", "../../../../en/compare/plans/hohhot-changji/air/") })
            Assert.Equal(other, BuiltSite.Page(page).QuerySelector("a.lang-switch")!.GetAttribute("href"));
    }
}
