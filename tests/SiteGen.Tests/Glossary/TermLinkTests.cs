using Markdig.Syntax;
using SiteGen.Content;
using SiteGen.Markup;
using SiteGen.Markup.Extensions.EditorNotes;
using SiteGen.Markup.Extensions.TermLinks;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Glossary;

/// <summary>How the term-link extension of the plan Markdown pipeline treats plan text.</summary>
public sealed class TermLinkTests
{
    static readonly TermTarget Lines = Target("three-lines-one-list", "三线一单");
    static readonly TermTarget Pm25 = Target("pm25", "PM2.5");
    static readonly TermTarget GoodDays = Target("good-air-days", "优良天数");
    static readonly TermTarget GoodDaysRatio = Target("good-air-days-ratio", "优良天数比率");

    static TermTarget Target(string id, string form) =>
        new("glossary", id, "/glossary/#" + id, new LocalizedText { Zh = form, En = id }, new LocalizedText { Zh = "解释", En = "explained" }, [form]);

    static (PlanDocument Document, string Html) Render(string markdown, string language = "zh")
    {
        var renderer = new PlanMarkdown(new PlanRenderOptions(language, new PlanRenderLabels("编者注：", "链接到此段", "表格")) { Terms = [Lines, Pm25, GoodDays, GoodDaysRatio] });
        var document = AssignAnchors.Run(new Plan(), renderer.Parse(markdown), "test.md", 1);
        return (document, renderer.Render([.. document.Front, .. document.Chapters.SelectMany(c => c.Blocks)], "/hohhot/eco-plan/ch1/"));
    }

    static int Links(string html, string id) => html.Split($"glossary/#{id}\"").Length - 1;

    [Fact]
    public void Given_a_term_twice_in_a_section_When_rendered_Then_only_the_first_links_and_each_section_starts_afresh()
    {
        var (_, html) = Render("## 第一章 落实三线一单\n\n落实三线一单。\n\n再次落实三线一单。\n\n### 第一节 管控\n\n依据三线一单。\n\n#### 1.细则\n\n三线一单。\n");
        Assert.Equal(2, Links(html, "three-lines-one-list"));
        Assert.Contains("<h2 id=\"ch1\">第一章 落实三线一单", html);
        Assert.Contains("href=\"../../../glossary/#three-lines-one-list\" aria-describedby=\"tip-1\"", html);
        Assert.Contains("<span class=\"term-tip\" role=\"tooltip\" id=\"tip-1\"><span class=\"term-tip-name\">三线一单：</span>解释</span>", html);
    }

    [Fact]
    public void Given_a_subscript_When_a_term_runs_across_it_Then_the_link_holds_the_subscript()
    {
        var (_, html) = Render("## 第一章 大气\n\nPM~2.5~浓度下降。\n");
        Assert.Contains("aria-describedby=\"tip-1\">PM<sub>2.5</sub></a>", html);
    }

    [Fact]
    public void Given_two_forms_at_one_place_When_linked_Then_the_longest_wins()
    {
        var (_, html) = Render("## 第一章 大气\n\n优良天数比率达到90%，优良天数300天。\n");
        Assert.Equal(1, Links(html, "good-air-days-ratio"));
        Assert.Contains(">优良天数比率</a>", html);
        Assert.Contains(">优良天数</a>", html);
    }

    [Fact]
    public void Given_captions_header_rows_and_editors_notes_When_linked_Then_they_stay_as_they_are()
    {
        var markdown = "## 第一章 目标\n\nTable: 表1 三线一单\n\n| 三线一单 | 值 |\n| --- | --- |\n| 三线一单 | 1 |\n\n落实{==三线一单==}{>>原文如此|As in the source<<}和三线一单。\n";
        var (document, html) = Render(markdown, "en");
        Assert.Contains("<caption id=\"ch1-t1-cap\">表1 三线一单", html);
        Assert.Contains("<th scope=\"col\">三线一单</th>", html);
        Assert.Equal(1, Links(html, "three-lines-one-list"));
        Assert.Contains("<td class=\"\"", html.Replace("<td>", "<td class=\"\">"));
        Assert.Contains("<mark class=\"defect\">三线一单</mark>", html);
        Assert.Contains("id=\"tip-1\" lang=\"en\"", html);
        Assert.Single(document.Passages["ch1-p1"].Notes);
    }

    [Fact]
    public void Given_the_real_plans_When_terms_are_linked_Then_no_editors_note_is_lost()
    {
        var site = BuiltSite.Context;
        var plain = new PlanMarkdown(new PlanRenderOptions("zh", new PlanRenderLabels("编者注：", "链接到此段", "表格")));
        foreach (var plan in site.Content.Plans)
        {
            var without = AssignAnchors.Run(plan, plain.Parse(plan.Text.Markdown), plan.Text.Path, plan.Text.BodyLine);
            var with = site.Plans[plan.Id].Document;
            Assert.Equal(Notes(without), Notes(with));
            Assert.Equal(without.PassageList.Select(p => p.Text), with.PassageList.Select(p => p.Text));
        }
    }

    static List<string> Notes(PlanDocument document) =>
        document.PassageList.SelectMany(p => p.Notes.Select(n => $"{p.Id}:{n.Marked}")).ToList();
}
