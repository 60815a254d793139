using SiteGen.Figures;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Figures;

/// <summary>
/// Every figure of the five plans is data: every number with a unit in a plan's text is covered by a
/// figure or by a reviewed ignore entry (with its reason), and every indicator row of the two indicator
/// tables has its figures.
/// </summary>
public sealed class CompletenessTests
{
    [Fact]
    public void Given_the_plans_When_every_number_with_a_unit_is_looked_up_Then_a_figure_or_a_reviewed_ignore_entry_covers_it()
    {
        var set = BuiltSite.Context.Figures;
        var missing = BuiltSite.Context.Content.Plans.SelectMany(plan => FigureCoverage.Find(set, plan)).ToList();
        Assert.True(missing.Count == 0, "numbers no figure covers (run sitegen figures draft --place <slug>):\n" +
            string.Join("\n", missing.Take(30).Select(m => $"{m.Plan.Id}#{m.Passage.Id}: {m.Token.Text} in “{m.Sentence}”")));
    }

    [Fact]
    public void Given_the_scanner_When_it_reads_the_plans_Then_it_finds_hundreds_of_numbers_with_units()
    {
        var set = BuiltSite.Context.Figures;
        var tokens = set.Texts.Values.SelectMany(t => t.InOrder).SelectMany(p => NumberScanner.Scan(p.Text)).ToList();
        Assert.True(tokens.Count > 400, $"only {tokens.Count} numbers with units found");
        Assert.Contains(tokens, t => t.Text == "224.6万亩");
        Assert.Contains(tokens, t => t.Text == "41μg/m3");
        Assert.Contains(tokens, t => t.Text == "33微克/立方米");
        Assert.Contains(tokens, t => t.Text == "35蒸吨");
        Assert.Contains(tokens, t => t.Text == "劣V类");
    }

    [Theory]
    [InlineData("细颗粒物(PM2.5)年均浓度为41μg/m3", "41μg/m3")]
    [InlineData("《地表水环境质量标准》(GB3838—2002)III类水质", "III类")]
    [InlineData("仅剩余1项(第42项)", "1项")]
    [InlineData("积极争创自治区5G+智慧矿山示范基地", "")]
    [InlineData("参照《饮用水水源保护区标志技术要求》(HJ/T433-2008)", "")]
    [InlineData("分别达到97%45%以上", "97%|45%")]
    [InlineData("实现城市7-10天预报", "7-10天")]
    [InlineData("宽50多米", "50多米")]
    public void Given_names_and_codes_beside_figures_When_scanned_Then_only_the_figures_count(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", NumberScanner.Scan(text).Select(t => t.Text)));

    [Fact]
    public void Given_the_ignore_lists_When_read_Then_each_entry_has_a_reason_and_covers_a_number()
    {
        foreach (var ignored in BuiltSite.Context.Figures.Ignored)
        {
            Assert.False(string.IsNullOrWhiteSpace(ignored.Reason), ignored.Location.ToString());
            Assert.NotEmpty(NumberScanner.Scan(ignored.Text));
        }
    }

    [Theory]
    [InlineData("changji/eco-plan", "ch2-s3-t1", 24)]
    [InlineData("bayannur/eco-plan", "ch2-s3-t1", 21)]
    public void Given_an_indicator_table_When_its_rows_are_counted_Then_every_indicator_row_has_its_figures(string plan, string table, int indicators)
    {
        var set = BuiltSite.Context.Figures;
        var texts = set.Texts[plan];
        var rows = texts.InOrder.Where(p => p.Kind == "row" && p.Id.StartsWith(table + "-r", StringComparison.Ordinal)).ToList();
        // A group row ("1.环境质量改善(3项)", "(1)大气环境质量") spans all columns: one cell, no values.
        var indicatorRows = rows.Where(r => texts.Rows.Find(r.Id)!.Cells.Count > 1).ToList();
        Assert.Equal(indicators, indicatorRows.Count);
        foreach (var row in indicatorRows)
        {
            var figures = set.OfPlan(plan).Where(f => f.Passage == row).ToList();
            Assert.True(figures.Count > 0, $"{plan}#{row.Id} ({row.Text}) has no figure");
            Assert.All(figures, f => Assert.NotNull(f.Binding));
            Assert.Contains(figures, f => f.Kind == FigureKind.Target && f.Year == 2025);
        }
    }

    [Fact]
    public void Given_the_five_plans_When_counted_Then_there_are_several_hundred_figures_and_hohhot_alone_well_over_one_hundred()
    {
        var set = BuiltSite.Context.Figures;
        Assert.True(set.All.Count >= 500, $"{set.All.Count} figures");
        Assert.True(set.OfPlace("hohhot").Count() > 120, $"{set.OfPlace("hohhot").Count()} Hohhot figures");
        foreach (var place in BuiltSite.Context.Content.Places)
            Assert.True(set.OfPlace(place.Slug).Count() > 50, $"{place.Slug}: {set.OfPlace(place.Slug).Count()} figures");
        Assert.All(set.All.Where(f => f.Kind == FigureKind.Target), f => Assert.True(f.Year is null or >= 2020 and <= 2060));
    }

    [Fact]
    public void Given_a_defective_source_When_its_figure_is_shown_Then_the_editors_note_goes_with_it_and_no_numeral_is_guessed()
    {
        var wuhai = BuiltSite.Context.Figures.OfPlace("wuhai").ToList();
        var river = wuhai.Single(f => f.Value.Written == "持续稳定在类");
        Assert.Null(river.Value.Number);
        Assert.Contains(river.Notes, n => n.Marked == "持续稳定在类");
        var index = wuhai.Single(f => f.Metric == "生态环境状况指数");
        Assert.Contains(index.Notes, n => n.Marked!.Contains("到达到", StringComparison.Ordinal));
        var peak = wuhai.Single(f => f.Indicator?.Id == "carbon-peak-year");
        Assert.Equal(2034, peak.Year);
        Assert.Contains(peak.Notes, n => n.Marked == "2034年");
        // A figure whose class numeral is lost is not counted under an indicator that names the class.
        Assert.Null(wuhai.Single(f => f.Metric == "国控和省控考核断面水质达到或优于类水体比例").Indicator);
    }
}
