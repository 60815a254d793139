using SiteGen.Markup;
using SiteGen.Output;
using SiteGen.Tests.Support;
using SiteGen.Verify;

namespace SiteGen.Tests.Topics;

/// <summary>Every section of every plan has a topic or a reviewed reason why not; topic pages read across places.</summary>
public sealed class TopicTests
{
    [Fact]
    public void Given_every_plan_When_cut_into_sections_Then_each_passage_is_in_exactly_one_section()
    {
        foreach (var plan in BuiltSite.Context.Plans.Values)
        {
            // A chapter heading followed directly by its first 节 heads no section of its own.
            var bareChapters = plan.Document.Chapters.Where(c => plan.Sections.All(s => s.Id != c.Id)).Select(c => c.Id).ToHashSet();
            var inSections = plan.Sections.SelectMany(s => s.Passages).Select(p => p.Id).ToList();
            Assert.Equal(plan.Document.PassageList.Select(p => p.Id).Where(id => !bareChapters.Contains(id)), inSections);
        }
    }

    [Fact]
    public void Given_every_section_of_every_plan_When_tagged_Then_it_has_a_topic_or_a_reviewed_reason_in_zh_and_en()
    {
        var site = BuiltSite.Context;
        var sections = site.Plans.Values.SelectMany(p => p.Sections).ToHashSet();
        Assert.Equal(sections.Count, site.Topics.Sections.Count);
        var problems = site.Topics.Sections
            .Where(s => s.Topics.Count == 0 && (s.Reason is null || s.Reason.Zh.Length == 0 || s.Reason.En.Length == 0))
            .Select(s => s.Section.ToString()).ToList();
        Assert.Empty(problems);
        Assert.All(site.Topics.Sections, s => Assert.Contains(s.Section, sections));
    }

    [Fact]
    public void Given_each_topic_page_When_its_section_links_are_followed_Then_they_reach_sections_of_at_least_three_places()
    {
        var site = BuiltSite.Context;
        foreach (var language in site.Languages)
            foreach (var topic in site.Topics.Catalog.Topics)
            {
                var page = SiteUrls.FileOf(SiteUrls.InLanguage($"/topics/{topic.Id}/", language));
                var doc = BuiltSite.Page(page);
                var places = new HashSet<string>();
                foreach (var link in doc.QuerySelectorAll("a.section-title"))
                {
                    var (target, fragment) = LinkChecker.Resolve(page, link.GetAttribute("href")!);
                    Assert.NotNull(target);
                    Assert.True(site.Output.Contains(target!), $"{page}: {link.GetAttribute("href")} leads nowhere");
                    if (fragment.Length > 0) Assert.NotNull(BuiltSite.Page(target!).GetElementById(fragment));
                    places.Add(target!.Split('/')[language == "en" ? 1 : 0]);
                }
                Assert.True(places.Count >= 3, $"{page} links sections of {places.Count} places: {string.Join(", ", places)}");
            }
    }

    [Fact]
    public void Given_the_topics_When_counted_Then_every_topic_has_sections_and_the_rules_tag_most_sections_themselves()
    {
        var index = BuiltSite.Context.Topics;
        Assert.Equal(["air", "water", "soil", "ecology", "climate", "waste", "rural", "governance"], index.Catalog.Topics.Select(t => t.Id));
        Assert.All(index.Catalog.Topics, t => Assert.NotEmpty(index.Of(t.Id)));
        // Overrides correct the rules; they must not replace them.
        var byRules = index.Sections.Count(s => s.Evidence.Values.Any(e => e.StartsWith("heading", StringComparison.Ordinal) || e.StartsWith("text", StringComparison.Ordinal)));
        Assert.True(byRules > index.Sections.Count * 0.85, $"only {byRules} of {index.Sections.Count} sections are tagged by the rules");
    }

    [Fact]
    public void Given_a_section_about_a_topic_When_listed_Then_it_comes_before_sections_that_only_mention_it()
    {
        var doc = BuiltSite.Page("topics/air/index.html");
        var hohhot = doc.GetElementById("place-hohhot")!.ParentElement!;
        var lists = hohhot.QuerySelectorAll("ul.section-list").ToList();
        Assert.Equal(2, lists.Count);
        Assert.Contains("第一节 持续改善大气环境质量", lists[0].TextContent);
        Assert.Contains(lists[1].ClassList, c => c == "mentions");
    }
}
