using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Commands;
using SiteGen.Figures;
using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Figures;

/// <summary>
/// The build proves every citation: each quote occurs verbatim in its plan's passage, each value in its
/// quote (or in the named table column), each department in the passage or its task-list row. A bad
/// citation stops the build with the YAML file and line of the figure.
/// </summary>
public sealed class CitationTests
{
    [Fact]
    public void Given_the_real_figures_When_built_Then_every_quote_is_in_its_passage_and_every_value_in_its_quote()
    {
        var set = BuiltSite.Context.Figures;
        Assert.NotEmpty(set.All);
        foreach (var figure in set.All)
        {
            var text = set.Texts[figure.Plan.Id].TextOf(figure.Passage);
            Assert.True(text.Contains(figure.Quote, StringComparison.Ordinal), $"{figure.Location}: quote not in #{figure.Passage.Id}");
            var holder = figure.Column is null ? figure.Quote : set.Texts[figure.Plan.Id].Rows.Find(figure.Passage.Id)!.Column(figure.Column)!.Text;
            Assert.Single(ValueSpans.Find(holder, figure.Value.Written));
            Assert.Contains(figure.Metric, text);
            foreach (var unit in figure.Departments)
                Assert.True(text.Contains(unit, StringComparison.Ordinal) || (figure.Task?.Text.Contains(unit, StringComparison.Ordinal) ?? false)
                            || (figure.LeadSource?.Text.Contains(unit, StringComparison.Ordinal) ?? false), $"{figure.Location}: {unit}");
            Assert.StartsWith($"/{figure.Place.Slug}/{figure.Plan.Slug}/", figure.PassageUrl);
            Assert.EndsWith("#" + figure.Passage.Id, figure.PassageUrl);
        }
    }

    [Fact]
    public void Given_a_figure_link_When_followed_Then_it_reaches_the_element_holding_the_quote()
    {
        var context = BuiltSite.Context;
        foreach (var figure in context.Figures.All.Where((_, i) => i % 7 == 0))
        {
            var page = BuiltSite.Page(SiteGen.Output.SiteUrls.FileOf(figure.PassageUrl));
            var element = page.GetElementById(figure.Passage.Id);
            Assert.True(element is not null, $"{figure.PassageUrl} has no #{figure.Passage.Id}");
            // A table row's quote fills in merged cells, which the page shows once, in a row above: look in the table.
            var holder = figure.Passage.Kind == "row" ? element!.Closest("table")! : element!;
            var words = Regex.Replace(SiteGen.Verify.SourceWords.Of(holder), @"\s+", ""); // without the notes and term explanations beside the words
            foreach (var part in figure.Quote.Split(" | "))
                Assert.Contains(Regex.Replace(part, @"\s+", ""), words);
        }
    }

    public static TheoryData<string, string, string, string, string> BadCitations => new()
    {
        { "quote not in the plan", "content/places/hohhot/figures.yaml", "quote: 细颗粒物(PM2.5)年均浓度为41μg/m3,较2015年下降4.7%", "quote: 细颗粒物(PM2.5)年均浓度为42μg/m3,较2015年下降4.7%", "the quote does not occur in hohhot/eco-plan" },
        { "value not in the quote", "content/places/hohhot/figures.yaml", "indicator: pm25, kind: baseline, value: 41μg/m3 }", "indicator: pm25, kind: baseline, value: 40μg/m3 }", "value '40μg/m3' does not occur in the quote" },
        { "value twice in the quote", "content/places/hohhot/figures.yaml", "  - quote: 受污染耕地安全利用率达到98%以上\n", "  - quote: 受污染耕地安全利用率达到98%以上,污染地块安全利用率达到98%以上\n", "occurs 2 times in the quote" },
        { "metric not in the passage", "content/places/changji/figures.yaml", "metric: 城市空气质量优良天数比率", "metric: 城市空气质量优良天数比例", "metric '城市空气质量优良天数比例' does not occur" },
        { "value not in the table column", "content/places/changji/figures.yaml", "{ column: 2025年目标值, kind: target, year: 2025, value: 78.4% }", "{ column: 2025年目标值, kind: target, year: 2025, value: 78.5% }", "does not occur once in column '2025年目标值'" },
        { "unknown column", "content/places/bayannur/figures.yaml", "{ column: 2025年, kind: target, year: 2025, value: 29 }", "{ column: 2025年目标, kind: target, year: 2025, value: 29 }", "has no column '2025年目标'" },
        { "unknown anchor", "content/places/changji/figures.yaml", "at: ch2-s3-t1-r3\n", "at: ch2-s3-t9-r3\n", "no passage '#ch2-s3-t9-r3'" },
        { "ambiguous quote", "content/places/bayannur/figures.yaml", "  - quote: 与2015年相比下降4.8%\n", "  - quote: 单位地区生产总值能耗为1.18吨标准煤/万元\n", "add 'at:'" },
        { "department not in the task row", "content/places/zhenglan/figures.yaml", "lead: [旗住建局]\n    support: [发改委, 生态环境局]\n    figures:\n      - { metric: 城镇污水处理率", "lead: [旗水利局]\n    support: [发改委, 生态环境局]\n    figures:\n      - { metric: 城镇污水处理率", "lead '旗水利局' does not occur" },
        { "supervisor not in the paragraph", "content/places/wuhai/figures.yaml", "supervisors: [市生态环境局, 市城管局, 农牧局]\n    figures:\n      - { metric: 重点涉水企业在线监测达标率", "supervisors: [市生态环境局, 市林草局, 农牧局]\n    figures:\n      - { metric: 重点涉水企业在线监测达标率", "supervisors '市林草局' does not occur" },
        { "unreadable value", "content/places/hohhot/figures.yaml", "value: 224.6万亩 }", "value: 224.6万亩多一些 }", "cannot read '224.6万亩多一些'" },
        { "comparator not stated", "content/places/hohhot/figures.yaml", "{ metric: 林业用地面积, kind: baseline, value: 1046万亩 }", "{ metric: 林业用地面积, kind: baseline, comparator: ≥, value: 1046万亩 }", "comparator '≥' is not stated in the quote" },
        { "unknown indicator", "content/places/wuhai/figures.yaml", "indicator: forest-cover, value: 3.78%", "indicator: forest-coverage, value: 3.78%", "unknown indicator 'forest-coverage'" },
        { "unknown topic", "content/indicators.yaml", "topic: air\n    better: lower\n    terms: [细颗粒物", "topic: smog\n    better: lower\n    terms: [细颗粒物", "unknown topic 'smog'" },
        { "ignore entry not in the plan", "content/places/hohhot/figures.yaml", "text: 沿黄1公里范围内", "text: 沿黄2公里范围内", "'沿黄2公里范围内' does not occur" },
    };

    [Theory]
    [MemberData(nameof(BadCitations))]
    public void Given_a_bad_citation_When_building_Then_the_error_names_the_yaml_file_and_line(
        string what, string file, string find, string replace, string expected)
    {
        using var project = new ScratchProject();
        var before = project.Read(file);
        var at = before.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{what}: '{find}' not found in {file}");
        var line = 1 + before.AsSpan(0, at + find.TakeWhile(c => c == ' ' || c == '\n').Count()).Count('\n');
        project.Write(file, before[..at] + replace + before[(at + find.Length)..]);
        var errors = new StringWriter();
        var exit = BuildCommand.Run(project.Paths, new BuildLog(TextWriter.Null, quiet: true), project.PathOf("site-output"), errors);
        var message = errors.ToString();
        Assert.True(exit == 1, $"{what}: exit {exit}: {message}");
        Assert.Contains(expected, message);
        var located = Regex.Match(message, Regex.Escape(file) + @":(\d+):\d+: error");
        Assert.True(located.Success, $"{what}: no {file}:line in: {message}");
        var reported = int.Parse(located.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(reported, line - 12, line + 1);
    }
}
