using SiteGen.Glossary;
using SiteGen.Markup;
using SiteGen.Markup.Extensions.TermLinks;
using SiteGen.Output;
using SiteGen.Tests.Support;
using SiteGen.Verify;

namespace SiteGen.Tests.Glossary;

/// <summary>The glossary: enough terms, explained in both languages, linked from plan text, and every link resolves.</summary>
public sealed class GlossaryTests
{
    [Fact]
    public void Given_the_glossary_When_loaded_Then_it_has_at_least_30_terms_including_those_the_plans_turn_on()
    {
        var terms = BuiltSite.Context.Glossary.Terms;
        Assert.True(terms.Count >= 30, $"{terms.Count} terms");
        string[] required = ["约束性", "预期性", "优良天数比率", "PM2.5", "劣Ⅴ类", "三线一单", "河长制", "黑臭水体", "超低排放", "碳达峰",
            "排污许可", "生态保护红线", "清废行动", "散乱污"];
        foreach (var word in required)
            Assert.True(terms.Any(t => t.Zh.Contains(word, StringComparison.Ordinal) || t.Forms.Contains(word)), $"no entry for {word}");
        Assert.All(terms, t => Assert.True(t.Definition.Zh.Length >= 10 && t.Definition.En.Length >= 20, $"{t.Id}: definition too short"));
    }

    [Fact]
    public void Given_every_page_When_its_term_links_are_followed_Then_each_reaches_its_entry_and_has_its_explanation_beside_it()
    {
        var site = BuiltSite.Context;
        var checkedLinks = 0;
        foreach (var page in site.Output.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var doc = BuiltSite.Page(page);
            foreach (var link in doc.QuerySelectorAll(".term > a.term-link"))
            {
                var href = link.GetAttribute("href")!;
                var (target, fragment) = LinkChecker.Resolve(page, href);
                Assert.True(target is not null && site.Output.Contains(target), $"{page}: {href} leads nowhere");
                if (fragment.Length > 0)
                    Assert.True(BuiltSite.Page(target!).QuerySelector($"article.term-entry[id='{fragment}']") is not null, $"{page}: {href} has no glossary entry");
                else
                    Assert.StartsWith(page.StartsWith("en/", StringComparison.Ordinal) ? "en/indicators/" : "indicators/", target);
                var tip = link.NextElementSibling;
                Assert.True(tip is not null && tip.ClassList.Contains("term-tip") && tip.Id == link.GetAttribute("aria-describedby"),
                    $"{page}: the explanation of {link.TextContent} is not beside it");
                Assert.Equal(1, doc.QuerySelectorAll($"[id='{tip!.Id}']").Length);
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 1000, $"only {checkedLinks} term links");
    }

    [Fact]
    public void Given_each_section_When_a_term_recurs_Then_only_its_first_occurrence_links()
    {
        foreach (var plan in BuiltSite.Context.Plans.Values)
            foreach (var section in plan.Sections)
            {
                var links = section.Blocks.SelectMany(TermLinker.LinksIn).ToList();
                var twice = links.GroupBy(l => l.Target.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
                Assert.True(twice.Count == 0, $"{section}: linked more than once: {string.Join(", ", twice)}");
            }
    }

    [Fact]
    public void Given_the_glossary_page_When_read_Then_each_entry_says_where_it_occurs_in_both_languages()
    {
        var site = BuiltSite.Context;
        foreach (var language in site.Languages)
        {
            var page = SiteUrls.FileOf(SiteUrls.InLanguage(GlossaryIndex.Url, language));
            var doc = BuiltSite.Page(page);
            foreach (var term in site.Glossary.Terms)
            {
                var entry = doc.QuerySelector($"article.term-entry[id='{term.Id}']");
                Assert.NotNull(entry);
                var where = entry!.QuerySelectorAll(".term-where a[lang]").Select(a => a.GetAttribute("href")!).ToList();
                Assert.Equal(site.Glossary.Of(term).Count, where.Count);
                foreach (var href in where)
                {
                    var (target, fragment) = LinkChecker.Resolve(page, href);
                    var linked = BuiltSite.Page(target!).GetElementById(fragment);
                    Assert.True(linked is not null, $"{page}#{term.Id}: {href} does not resolve");
                    Assert.Contains(term.Forms, form => PlainTextOf(linked!).Contains(form, StringComparison.Ordinal));
                }
            }
        }
        Assert.True(site.Glossary.Terms.Count(t => site.Glossary.Of(t).Count > 0) >= 30);
    }

    [Fact]
    public void Given_indicator_names_in_the_text_When_linked_Then_they_reach_the_indicator_page()
    {
        var doc = BuiltSite.Page("hohhot/eco-plan/ch1/index.html");
        var forest = doc.QuerySelectorAll("a.term-link").FirstOrDefault(a => a.TextContent == "森林覆盖率");
        Assert.NotNull(forest);
        Assert.Equal("../../../indicators/forest-cover/", forest!.GetAttribute("href"));
        Assert.Contains("森林覆盖率", forest.NextElementSibling!.TextContent);
        var farmland = BuiltSite.Context.Plans.Values.SelectMany(p => p.Sections).SelectMany(s => s.Blocks.SelectMany(TermLinker.LinksIn))
            .Where(l => PlainText.Of(l) == "受污染耕地安全利用率").ToList();
        Assert.NotEmpty(farmland);
        Assert.All(farmland, l => Assert.Equal("indicator:farmland-safe-use", l.Target.Key));
    }

    static string PlainTextOf(AngleSharp.Dom.IElement element)
    {
        var clone = (AngleSharp.Dom.IElement)element.Clone();
        foreach (var extra in clone.QuerySelectorAll(".term-tip, .ednote, .pilcrow").ToList()) extra.Remove();
        return clone.TextContent;
    }
}
