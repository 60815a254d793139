using System.Text.Json;
using AngleSharp.Html.Parser;
using SiteGen.Markup;
using SiteGen.Output;
using SiteGen.Sharing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Sharing;

/// <summary>
/// JSON-LD (schema.org): each plan is a CreativeWork with its issuer, numbers and dates; each chapter a
/// CreativeWork that is part of it; the downloads of data/ are a Dataset based on the plans.
/// </summary>
public sealed class StructuredDataTests
{
    static List<JsonElement> JsonLdOf(string file)
    {
        var document = new HtmlParser().ParseDocument(BuiltSite.Context.Output.GetText(file));
        return document.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone()).ToList();
    }

    [Fact]
    public void Given_each_plan_When_its_pages_are_read_by_a_search_engine_Then_the_plan_is_a_CreativeWork_with_its_issuer_and_record()
    {
        var site = BuiltSite.Context;
        var baseUrl = site.Content.Site.BaseUrl;
        Assert.NotEmpty(site.Content.Plans);
        foreach (var plan in site.Content.Plans)
            foreach (var language in site.Languages)
            {
                var work = Assert.Single(JsonLdOf(SiteUrls.FileOf(SiteUrls.InLanguage(PlanUrls.Plan(plan), language))));
                Assert.Equal("https://schema.org", work.GetProperty("@context").GetString());
                Assert.Equal("CreativeWork", work.GetProperty("@type").GetString());
                Assert.Equal(baseUrl.TrimEnd('/') + PlanUrls.Plan(plan) + "#work", work.GetProperty("@id").GetString());
                Assert.Equal(plan.Title.Zh, work.GetProperty("name").GetString());
                Assert.Equal("zh-CN", work.GetProperty("inLanguage").GetString());
                Assert.Equal(plan.IsDraft ? "Draft" : "Published", work.GetProperty("creativeWorkStatus").GetString());
                var issuer = work.GetProperty("creator");
                Assert.Equal("GovernmentOrganization", issuer.GetProperty("@type").GetString());
                Assert.Equal(plan.Issuer.Zh, issuer.GetProperty("name").GetString());
                Assert.Equal(plan.Issuer.Zh, work.GetProperty("publisher").GetProperty("name").GetString());
                var identifiers = work.TryGetProperty("identifier", out var ids)
                    ? ids.EnumerateArray().ToDictionary(i => i.GetProperty("propertyID").GetString()!, i => i.GetProperty("value").GetString())
                    : new Dictionary<string, string?>();
                Assert.Equal(plan.DocNumber, identifiers.GetValueOrDefault("文号"));
                Assert.Equal(plan.IndexNumber, identifiers.GetValueOrDefault("索引号"));
                Assert.Equal(plan.Place.Name.Zh, work.GetProperty("spatialCoverage").GetProperty("name").GetString());
                if (plan.PartOf is not null)
                    Assert.Equal($"{baseUrl}{plan.Place.Slug}/{plan.PartOf}/#work", work.GetProperty("isPartOf").GetProperty("@id").GetString());
            }
    }

    [Fact]
    public void Given_Zhenglans_notice_When_described_Then_it_has_its_three_work_plans_as_parts()
    {
        var notice = Assert.Single(JsonLdOf("zhenglan/notice-2020/index.html"));
        var parts = notice.GetProperty("hasPart").EnumerateArray().Select(p => p.GetProperty("@id").GetString()).ToList();
        Assert.Equal(new[] { "air-2020", "water-2020", "soil-2020" }.Select(s => $"https://plans.sitegen.example/zhenglan/{s}/#work"), parts);
        Assert.Equal("2020-03-20", notice.GetProperty("dateCreated").GetString());
    }

    [Fact]
    public void Given_a_chapter_page_When_described_Then_it_is_a_CreativeWork_that_is_part_of_its_plan()
    {
        var chapter = Assert.Single(JsonLdOf("changji/eco-plan/ch2/index.html"));
        Assert.Equal("CreativeWork", chapter.GetProperty("@type").GetString());
        Assert.Equal("第二章 指导思想、基本原则与主要目标", chapter.GetProperty("name").GetString());
        Assert.Equal("https://plans.sitegen.example/changji/eco-plan/ch2/", chapter.GetProperty("url").GetString());
        Assert.Equal(2, chapter.GetProperty("position").GetInt32());
        Assert.Equal("https://plans.sitegen.example/changji/eco-plan/#work", chapter.GetProperty("isPartOf").GetProperty("@id").GetString());
    }

    [Fact]
    public void Given_pages_that_publish_no_document_When_read_Then_they_carry_no_structured_data()
    {
        Assert.Empty(JsonLdOf("index.html"));
        Assert.Empty(JsonLdOf("changji/index.html"));
        Assert.Empty(JsonLdOf("404.html"));
    }

    [Theory]
    [InlineData("2020年3月20日", "2020-03-20")]
    [InlineData("2022-02-22 10:56:38", "2022-02-22")]
    [InlineData("2022-02-22", "2022-02-22")]
    [InlineData("2022年11月21日", "2022-11-21")]
    [InlineData("2022年2月30日", null)]
    [InlineData("“十四五”时期", null)]
    [InlineData(null, null)]
    public void Given_a_date_as_the_source_writes_it_When_converted_for_structured_data_Then_it_is_ISO_8601_or_left_out(string? text, string? iso) =>
        Assert.Equal(iso, IsoDate.From(text));

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Given_the_data_page_When_read_by_a_search_engine_Then_its_downloads_are_a_Dataset_based_on_the_plans(string language)
    {
        var site = BuiltSite.Context;
        var dataset = Assert.Single(JsonLdOf(SiteUrls.FileOf(SiteUrls.InLanguage("/data/", language))));
        Assert.Equal("Dataset", dataset.GetProperty("@type").GetString());
        var baseUrl = site.Content.Site.BaseUrl.TrimEnd('/');
        var files = dataset.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("contentUrl").GetString()!).ToList();
        Assert.Equal(4, files.Count);
        foreach (var url in files)
        {
            Assert.StartsWith(baseUrl + "/data/", url);
            Assert.True(site.Output.Contains(url[(baseUrl.Length + 1)..]), $"{url} is not in the output");
        }
        var basedOn = dataset.GetProperty("isBasedOn").EnumerateArray().Select(w => w.GetProperty("@id").GetString()!).ToHashSet();
        Assert.Equal(site.Figures.All.Select(f => PlanCreativeWork.IdOf(f.Plan, baseUrl)).ToHashSet(), basedOn);
        Assert.Equal(site.Figures.Catalog.Indicators.Count, dataset.GetProperty("variableMeasured").GetArrayLength());
    }
}
