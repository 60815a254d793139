using System.Text.Json;
using SiteGen.Search;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

/// <summary>
/// Our index builder against the real lunr.js 2.3.9 (from npm, under node): the same corpus indexed by
/// lunr.Builder and by <see cref="LunrIndexBuilder"/> gives the same JSON, byte for byte, and the same
/// answers to the same queries.
/// </summary>
public sealed class LunrCompatibilityTests(ITestOutputHelper output)
{
    sealed record Doc(string Ref, string Title, string Body, double Boost = 1);

    // Refs mix array-index keys, added out of order, with other strings: JavaScript orders those keys its own way.
    static readonly Doc[] English =
    [
        new("10", "Clean air action plan", "Cut fine particulate matter (PM2.5) by 2025; the share of good air days shall reach 98%."),
        new("2", "Water", "Rivers and lakes: the river chief system covers every river. Water quality of class III or better."),
        new("b1", "Soil pollution", "Survey the soil of farmland; safe use of polluted farmland shall reach 98% by 2025.", 3),
        new("7", "Ultra-low emissions", "Coal power units complete ultra-low emission retrofits; VOCs from industry are cut by 10%."),
        new("0", "Forests", "Forest cover reaches 23% and grassland vegetation cover 49.74%; plant trees, plant grass."),
        new("a-3", "Monitoring", "Build automatic monitoring stations for air, water and soil; share the data with the public."),
        new("11", "ＰＭ２．５ targets", "Annual mean ＰＭ２．５ concentration below 35 μg/m3 in the city; days of heavy pollution fall."),
        new("4294967295", "Keys", "A ref one past the largest array index is an ordinary key; so is 007."),
        new("007", "Leading zero", "Refs with leading zeros keep their insertion order, like any other string."),
        new("3", "", "A document without a title, about air, water and the river chief."),
        new("5", "Air air air", "air"),
    ];

    static readonly string[] Queries =
        ["air", "water river", "98%", "pm2.5", "PM2.5 2025", "m2.5", "2.5", "ultra", "soil farmland", "nothing", "a", "9", "ＶＯＣｓ", "class iii"];

    static readonly string[] LunrQueries =
        ["air", "water river", "+soil +farmland", "air -water", "title:forests", "plant~1", "ultr*", "*ution", "air^10 water"];

    [Fact]
    public void Given_an_English_corpus_When_indexed_by_lunr_js_and_by_our_builder_Then_the_JSON_is_identical_and_queries_agree()
    {
        LunrField[] fields = [new("title", 2), new("body")];
        var builder = new LunrIndexBuilder(fields, SearchShard.SearchPipeline);
        foreach (var d in English) builder.Add(d.Ref, [SearchTokenizer.Terms(d.Title), SearchTokenizer.Terms(d.Body)], d.Boost);
        var ours = builder.ToJson();

        var result = Compare(fields, English.Select(d => (d.Ref, d.Boost, new Dictionary<string, string> { ["title"] = d.Title, ["body"] = d.Body })),
            ours, Queries, LunrQueries);
        Assert.Equal(result.LunrJson, ours);
        Assert.Equal(result.Lunr, result.Ours);
        output.WriteLine($"identical JSON ({ours.Length} chars); {Queries.Length + LunrQueries.Length} queries give the same refs and scores");
        // the queries are not vacuous: most of them find something
        using var answers = JsonDocument.Parse(result.Ours);
        var found = answers.RootElement.EnumerateObject().SelectMany(p => p.Value.EnumerateArray()).Count(r => r.GetArrayLength() > 0);
        Assert.True(found >= 18, $"only {found} queries found anything");
    }

    [Fact]
    public void Given_passages_of_a_real_plan_When_indexed_by_lunr_js_and_by_our_builder_Then_the_JSON_is_identical_and_queries_agree()
    {
        var docs = new PlanPassageDocuments().Documents(BuiltSite.Context).Where(d => d.Place == "zhenglan").Take(120).ToList();
        LunrField[] fields = [new("body"), new("path")];
        var builder = new LunrIndexBuilder(fields, SearchShard.SearchPipeline);
        for (var i = 0; i < docs.Count; i++) builder.Add(i.ToString(), [SearchTokenizer.Terms(docs[i].Body), SearchTokenizer.Terms(docs[i].Path)]);
        var ours = builder.ToJson();

        var result = Compare(fields, docs.Select((d, i) => (i.ToString(), 1.0, new Dictionary<string, string> { ["body"] = d.Body, ["path"] = d.Path })),
            ours, ["大气污染", "污染 治理", "PM2.5", "2020", "水", "98%", "蓝旗"], ["污染", "+大气 +污染", "path:工作"]);
        Assert.Equal(result.LunrJson, ours);
        Assert.Equal(result.Lunr, result.Ours);
    }

    static (string LunrJson, string Lunr, string Ours) Compare(
        LunrField[] fields, IEnumerable<(string Ref, double Boost, Dictionary<string, string> Fields)> docs, string ours,
        string[] queries, string[] lunrQueries)
    {
        var input = JsonSerializer.Serialize(new
        {
            fields = fields.Select(f => new { name = f.Name, boost = f.Boost }),
            docs = docs.Select(d => new { @ref = d.Ref, boost = d.Boost, fields = d.Fields }),
            ours,
            queries,
            lunrQueries,
        });
        using var json = JsonDocument.Parse(Node.Run("lunr-compare.js", [], input));
        var results = json.RootElement.GetProperty("results");
        return (json.RootElement.GetProperty("lunrJson").GetString()!, results.GetProperty("lunr").GetRawText(), results.GetProperty("ours").GetRawText());
    }
}
