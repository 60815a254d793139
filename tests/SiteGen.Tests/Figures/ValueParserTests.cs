using SiteGen.Figures;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Figures;

/// <summary>Reading values as the five plans write them: number, comparator, unit, 力争 — and words kept as words.</summary>
public sealed class ValueParserTests
{
    // Every string below is a value as one of the five plans writes it (the first test checks that).
    public static TheoryData<string, string, string?, string?, string?, bool> RealValues => new()
    {
        // value as written, place, number, comparator, unit, aspirational
        { "41μg/m3", "hohhot", "41", null, "μg/m3", false },
        { "33微克/立方米", "bayannur", "33", null, "μg/m3", false },
        { "46.8μg/m3", "changji", "46.8", null, "μg/m3", false },
        { "80.3%", "hohhot", "80.3", null, "%", false },
        { "23.80%", "hohhot", "23.8", null, "%", false },
        { "98%以上", "hohhot", "98", "≥", "%", false },
        { "不低于90%", "zhenglan", "90", "≥", "%", false },
        { "不低于15平方米", "wuhai", "15", "≥", "平方米", false },
        { "10%以内", "zhenglan", "10", "≤", "%", false },
        { "2.33亿立方米以内", "wuhai", "2.33", "≤", "亿立方米", false },
        { "0.0085亿立方米左右", "zhenglan", "0.0085", "≈", "亿立方米", false },
        { "15万吨标准煤左右", "zhenglan", "15", "≈", "万吨标准煤", false },
        { "50左右", "hohhot", "50", "≈", null, false },
        { "90%左右", "bayannur", "90", "≈", "%", false },
        { "突破300天", "bayannur", "300", ">", "天", false },
        { "突破30%", "wuhai", "30", ">", "%", false },
        { "3900余公顷", "hohhot", "3900", ">", "公顷", false },
        { "50多米", "bayannur", "50", ">", "米", false },
        { "3‰以下", "changji", "3", "≤", "‰", false },
        { "4.7个百分点", "hohhot", "4.7", null, "个百分点", false },
        { "52万吨/日", "hohhot", "52", null, "万吨/日", false },
        { "4176.62吨/年", "bayannur", "4176.62", null, "吨/年", false },
        { "1.18吨标准煤/万元", "bayannur", "1.18", null, "吨标准煤/万元", false },
        { "1200t/d", "changji", "1200", null, "吨/日", false },
        { "15MW", "changji", "15", null, "MW", false },
        { "1104万千瓦", "hohhot", "1104", null, "万千瓦", false },
        { "1.4万台", "wuhai", "1.4", null, "万台", false },
        { "6.82万户", "hohhot", "6.82", null, "万户", false },
        { "21458人次", "hohhot", "21458", null, "人次", false },
        { "0.65", "hohhot", "0.65", null, null, false },
        { "0.76以上", "zhenglan", "0.76", "≥", null, false },
        { "7-10天", "hohhot", "7", null, "天", false },
        { "7—10天", "changji", "7", null, "天", false },
        { "1-2个", "bayannur", "1", null, "个", false },
        { "2030年前", "hohhot", "2030", "≤", "年", false },
        { "2034年", "wuhai", "2034", null, "年", false },
        { "III类", "hohhot", "3", null, "类", false },
        { "Ⅱ类", "hohhot", "2", null, "类", false },
        { "IV", "hohhot", "4", null, "类", false },
        { "0", "changji", "0", null, null, false },
        { "达到自治区考核要求", "bayannur", null, null, null, false },
        { "控制在自治区、自治州下达指标范围内", "changji", null, null, null, false },
        { "不降低", "changji", null, null, null, false },
        { "稳中向好", "bayannur", null, null, null, false },
        { "不新增", "changji", null, null, null, false },
        { "稳定保持在类", "wuhai", null, null, null, false },
        { "基本实现原生生活垃圾零填埋", "wuhai", null, null, null, false },
    };

    [Theory]
    [MemberData(nameof(RealValues))]
    public void Given_a_value_as_a_plan_writes_it_When_read_Then_number_comparator_and_unit_are_right(
        string written, string place, string? number, string? comparator, string? unit, bool aspirational)
    {
        Assert.Contains(BuiltSite.Context.Figures.OfPlace(place), f => f.Value.Written == written);
        var value = ValueParser.Parse(written);
        Assert.Equal(number, value.Number is { } n ? FigureFormat.Number(n) : null);
        Assert.Equal(comparator, value.Comparator);
        Assert.Equal(unit, value.Unit);
        Assert.Equal(aspirational, value.Aspirational);
        Assert.Equal(number is null, value.IsQualitative);
    }

    [Theory]
    [InlineData("7-10天", "10")]
    [InlineData("1-2个", "2")]
    public void Given_a_range_When_read_Then_both_ends_are_kept(string written, string to) =>
        Assert.Equal(to, FigureFormat.Number(ValueParser.Parse(written).NumberTo!.Value));

    [Theory]
    [InlineData("224.6万亩多一些")]
    [InlineData("41微克每立方米")]
    [InlineData("不低于90%以下")]
    public void Given_digits_with_words_it_cannot_read_When_parsed_Then_it_says_what_to_write(string written)
    {
        var e = Assert.Throws<FormatException>(() => ValueParser.Parse(written));
        Assert.Contains(written, e.Message);
    }

    [Fact]
    public void Given_every_real_figure_When_its_value_is_shown_Then_a_number_keeps_its_comparator_and_unit()
    {
        foreach (var figure in BuiltSite.Context.Figures.All.Where(f => f.Value.Number is not null))
        {
            if (figure.Value.Unit == "类")
            {
                Assert.Equal(figure.Value.Written, FigureFormat.Compact(figure.Value)); // Ⅲ类 stays Ⅲ类
                continue;
            }
            var shown = FigureFormat.Compact(figure.Value);
            Assert.Contains(FigureFormat.Number(figure.Value.Number!.Value), shown);
            if (figure.Value.Comparator is { } c) Assert.StartsWith(c, shown);
            if (figure.Value.Unit is { } u) Assert.EndsWith(u, shown);
        }
    }
}
