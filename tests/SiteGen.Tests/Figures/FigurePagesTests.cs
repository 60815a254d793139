using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using SiteGen.Figures;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Figures;

/// <summary>The pages and downloads built from the figures, read as a reader or a script would.</summary>
public sealed class FigurePagesTests
{
    static FigureSet Set => BuiltSite.Context.Figures;

    [Theory]
    [InlineData("indicators/index.html")]
    [InlineData("en/indicators/index.html")]
    public void Given_the_matrix_When_read_Then_it_has_a_row_for_every_indicator_two_or_more_places_share(string path)
    {
        var page = BuiltSite.Page(path);
        var rows = page.QuerySelectorAll("#matrix tbody tr").Select(r => r.Id).ToList();
        var shared = Set.Shared.Select(i => i.Id).ToList();
        Assert.True(shared.Count >= 30, $"{shared.Count} shared indicators");
        Assert.Equal(shared.Order(), rows.Order());
        Assert.Equal(8, page.QuerySelector("#matrix thead tr")!.Children.Length); // indicator, topic, five places, notes
        foreach (var indicator in Set.Shared)
        {
            var row = page.GetElementById(indicator.Id)!;
            var filled = row.QuerySelectorAll("td.cell:not(.is-empty)").Length;
            Assert.Equal(Set.PlacesOf(indicator).Count, filled);
        }
    }

    [Fact]
    public void Given_the_matrix_When_the_pm25_row_is_read_Then_the_strictest_2025_target_is_marked_and_links_to_its_sentence()
    {
        var page = BuiltSite.Page("indicators/index.html");
        var row = page.GetElementById("pm25")!;
        var strictest = row.QuerySelectorAll(".value.is-strictest").ToList();
        var only = Assert.Single(strictest);
        Assert.Contains("29", only.QuerySelector("a")!.TextContent);
        Assert.Contains("2025", only.TextContent);
        Assert.Contains("约束性", only.TextContent);
        var cell = only.Closest("td")!;
        Assert.Equal(6, cell.ParentElement!.Children.ToList().IndexOf(cell)); // indicator, topic, Hohhot, Changji, Wuhai, Zhenglan, Bayannur
        Assert.EndsWith("bayannur/eco-plan/ch2/#ch2-s3-t1-r2", only.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Given_an_indicator_page_When_read_Then_its_chart_is_inline_svg_with_title_desc_and_no_style_attributes_and_credits_the_issuers_first()
    {
        foreach (var indicator in Set.Catalog.Indicators)
        {
            var page = BuiltSite.Page($"indicators/{indicator.Id}/index.html");
            Assert.Equal(indicator.Name.Zh, page.QuerySelector("h1")!.FirstChild!.TextContent.Trim());
            var svg = page.QuerySelector("svg.figure-chart");
            if (svg is null) continue;
            Assert.Equal("img", svg.GetAttribute("role"));
            var desc = svg.QuerySelector("desc")!.TextContent;
            Assert.StartsWith("来源：", desc);
            Assert.NotNull(svg.QuerySelector("title"));
            Assert.Empty(svg.QuerySelectorAll("[style]"));
            Assert.NotNull(page.QuerySelector(".data-table"));
        }
        Assert.DoesNotContain(BuiltSite.Context.Output.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)),
            p => BuiltSite.Context.Output.GetText(p).Contains(" style=\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_targets_page_When_read_without_js_Then_every_target_is_listed_with_its_quote_link_and_filter_data()
    {
        var page = BuiltSite.Page("targets/index.html");
        var entries = page.QuerySelectorAll("#targets-list .figure-entry").ToList();
        Assert.Equal(Set.Targets.Count(), entries.Count);
        Assert.NotNull(page.QuerySelector("form#target-filters fieldset[disabled]")); // enabled by figures.js
        foreach (var entry in entries)
        {
            foreach (var attribute in new[] { "data-place", "data-topic", "data-year", "data-binding", "data-number" })
                Assert.True(entry.HasAttribute(attribute), $"#{entry.Id} lacks {attribute}");
            Assert.NotNull(entry.QuerySelector("blockquote.figure-quote"));
            Assert.NotNull(entry.QuerySelector(".figure-source a"));
        }
        var zhenglan = page.GetElementById(Set.OfPlace("zhenglan").First(f => f.Task is not null && f.Kind == FigureKind.Target).Id)!;
        Assert.Contains("完成时限", zhenglan.TextContent);
        Assert.Contains("责任单位", zhenglan.TextContent);
        var wuhai = page.GetElementById(Set.OfPlace("wuhai").First(f => f.Supervisors.Count > 0).Id)!;
        Assert.Contains("监管部门", wuhai.TextContent);
        Assert.Contains("各区委、区政府", wuhai.TextContent);
    }

    [Fact]
    public void Given_a_place_When_its_figures_page_is_read_Then_every_figure_is_there_grouped_by_topic()
    {
        foreach (var place in BuiltSite.Context.Content.Places)
        {
            var page = BuiltSite.Page($"{place.Slug}/figures/index.html");
            Assert.Equal(Set.OfPlace(place.Slug).Count(), page.QuerySelectorAll(".topic-figures .figure-entry").Length);
            foreach (var section in page.QuerySelectorAll(".topic-figures"))
                Assert.All(section.QuerySelectorAll(".figure-entry"), e => Assert.Equal(section.Id, "topic-" + e.GetAttribute("data-topic")));
            Assert.NotNull(BuiltSite.Page($"{place.Slug}/index.html").QuerySelector($"a[href=\"figures/\"]"));
        }
    }

    [Fact]
    public void Given_figures_json_When_parsed_Then_it_holds_every_figure_credited_first_with_a_link_that_resolves()
    {
        using var json = JsonDocument.Parse(BuiltSite.Context.Output.Get(FigureDownloads.FiguresJson));
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(Set.All.Count, items.Count);
        string[] required = ["place", "plan", "indicator", "metric", "kind", "year", "value", "number", "comparator", "unit", "binding", "scope", "departments", "quote", "url"];
        var pages = new Dictionary<string, AngleSharp.Dom.IDocument>();
        foreach (var item in items)
        {
            Assert.Equal("issuer", item.EnumerateObject().First().Name);
            Assert.Equal(["issuer", "plan_title", "doc_number"], item.EnumerateObject().Take(3).Select(p => p.Name));
            foreach (var name in required) Assert.True(item.TryGetProperty(name, out _), name);
            var url = item.GetProperty("url").GetString()!;
            var file = SiteUrls.FileOf(url);
            if (!pages.TryGetValue(file, out var page)) pages[file] = page = BuiltSite.Page(file);
            Assert.NotNull(page.GetElementById(url[(url.IndexOf('#') + 1)..]));
            if (item.GetProperty("number").ValueKind == JsonValueKind.Null)
                Assert.Equal(JsonValueKind.Null, item.GetProperty("comparator").ValueKind);
        }
    }

    [Fact]
    public void Given_figures_csv_When_read_Then_it_is_utf8_with_bom_and_has_a_row_per_figure()
    {
        var bytes = BuiltSite.Context.Output.Get(FigureDownloads.FiguresCsv);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("issuer,plan_title,doc_number,place,", text);
        Assert.Contains("呼和浩特市人民政府,呼和浩特市“十四五”生态环境保护规划,,hohhot,", text);
        var records = CountRecords(text);
        Assert.Equal(Set.All.Count + 1, records);
    }

    [Fact]
    public void Given_the_data_package_When_read_Then_it_describes_every_field_of_the_downloads()
    {
        using var json = JsonDocument.Parse(BuiltSite.Context.Output.Get(FigureDownloads.DataPackage));
        Assert.Equal("sources", json.RootElement.EnumerateObject().First().Name);
        var fields = json.RootElement.GetProperty("resources")[0].GetProperty("schema").GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Equal(FigureDownloads.Columns.Select(c => c.Name), fields);
        Assert.All(json.RootElement.GetProperty("resources")[0].GetProperty("schema").GetProperty("fields").EnumerateArray(),
            f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString())));
        using var indicators = JsonDocument.Parse(BuiltSite.Context.Output.Get(FigureDownloads.IndicatorsJson));
        Assert.Equal(Set.Catalog.Indicators.Count, indicators.RootElement.GetProperty("indicators").GetArrayLength());
        Assert.Equal("sources", indicators.RootElement.EnumerateObject().First().Name);
    }

    [Fact]
    public void Given_the_build_context_When_other_features_read_it_Then_figures_and_catalog_are_there_by_topic_and_place()
    {
        var set = BuiltSite.Context.Figures;
        Assert.Equal(8, set.Catalog.Topics.Count);
        foreach (var topic in set.Catalog.Topics)
            Assert.NotEmpty(set.IndicatorsOfTopic(topic.Id));
        Assert.All(set.All, f => Assert.Equal(f.Indicator?.Topic ?? f.Topic.Id, f.Topic.Id));
        Assert.All(set.All, f => Assert.StartsWith($"/{f.Place.Slug}/figures/#", f.Url));
    }

    /// <summary>Counts CSV records by reading quotes (RFC 4180), so that line breaks inside quoted fields do not count.</summary>
    static int CountRecords(string text)
    {
        var records = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"') quoted = !quoted;
            else if (!quoted && text[i] == '\n') records++;
        }
        return records;
    }
}
