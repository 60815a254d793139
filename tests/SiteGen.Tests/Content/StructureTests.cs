using SiteGen.Output;
using SiteGen.Markup;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>The published plans have the chapters and sections their sources have.</summary>
public sealed class StructureTests
{
    [Theory]
    [InlineData("hohhot/eco-plan", 8, 37)]
    [InlineData("changji/eco-plan", 12, 49)]
    [InlineData("bayannur/eco-plan", 13, 53)] // 前言 and 12 章
    [InlineData("wuhai/beautiful-wuhai", 3, 14)] // 一、二、三、 and their （一）…
    public void Given_a_plan_When_published_Then_its_pages_hold_its_chapters_and_sections(string id, int chapters, int sections)
    {
        var site = BuiltSite.Context;
        var plan = site.Content.FindPlan(id)!;
        var pages = site.Plans[id].Document.Chapters.Select(c => BuiltSite.Page(SiteUrls.FileOf(PlanUrls.Chapter(plan, c.Id)))).ToList();
        Assert.Equal(chapters, pages.Count);
        Assert.Equal(chapters, pages.Sum(p => p.QuerySelectorAll(".plan-text h2").Length));
        Assert.Equal(sections, pages.Sum(p => p.QuerySelectorAll(".plan-text h3").Length));
    }

    [Fact]
    public void Given_Zhenglans_notice_When_published_Then_its_three_plans_are_documents_of_their_own()
    {
        var zhenglan = BuiltSite.Context.Content.FindPlace("zhenglan")!;
        var parts = zhenglan.Plans.Where(p => p.PartOf == "notice-2020").Select(p => p.Slug).ToList();
        Assert.Equal(["air-2020", "water-2020", "soil-2020"], parts);
        foreach (var slug in parts)
        {
            var page = BuiltSite.Page($"zhenglan/{slug}/index.html");
            Assert.Contains("蓝政办发〔2020〕14号", page.QuerySelector(".facts")!.TextContent);
            Assert.NotNull(page.QuerySelector("a[href='../notice-2020/']"));
        }
    }

    [Theory]
    [InlineData("changji/eco-plan/ch2/index.html", "表2—1", 4, 24 + 7)] // 24 indicators in 7 group rows
    [InlineData("bayannur/eco-plan/ch2/index.html", "表1", 6, 21)]
    public void Given_an_indicator_table_When_published_Then_it_is_a_real_table_with_every_row(string page, string caption, int columns, int rows)
    {
        var table = BuiltSite.Page(page).QuerySelectorAll("table.plan-table")
            .Single(t => t.QuerySelector("caption")!.TextContent.StartsWith(caption, StringComparison.Ordinal));
        Assert.Equal(rows, table.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(columns, table.QuerySelector("thead tr")!.Children.Sum(c => int.Parse(c.GetAttribute("colspan") ?? "1", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Given_Changjis_merged_target_cell_When_published_Then_it_spans_the_four_emission_rows()
    {
        var cell = BuiltSite.Page("changji/eco-plan/ch2/index.html").QuerySelectorAll("td")
            .First(td => td.TextContent.StartsWith("控制在自治区、自治州下达指标范围内", StringComparison.Ordinal));
        Assert.Equal("4", cell.GetAttribute("rowspan"));
    }

    [Fact]
    public void Given_every_plan_When_anchored_Then_no_id_is_a_markdig_fallback()
    {
        foreach (var plan in BuiltSite.Context.Plans.Values)
            foreach (var id in plan.Document.Passages.Keys)
                Assert.DoesNotMatch(@"^section(-\d+)?$", id);
    }

    [Theory]
    [InlineData("wuhai/beautiful-wuhai", 9)]
    [InlineData("changji/eco-plan", 2)]
    [InlineData("zhenglan/soil-2020", 13)]
    public void Given_a_plan_with_source_defects_When_published_Then_its_page_lists_every_editors_note(string id, int notes)
    {
        var site = BuiltSite.Context;
        var plan = site.Content.FindPlan(id)!;
        var page = BuiltSite.Page(SiteUrls.FileOf(PlanUrls.Plan(plan)));
        Assert.Equal(notes, page.QuerySelectorAll(".note-list li").Length);
        var inText = site.Plans[id].Document.Chapters.Sum(c =>
            BuiltSite.Page(SiteUrls.FileOf(PlanUrls.Chapter(plan, c.Id))).QuerySelectorAll(".plan-text .ednote").Length);
        var inFront = page.QuerySelectorAll(".plan-text .ednote").Length;
        Assert.Equal(notes, inText + inFront);
    }
}
