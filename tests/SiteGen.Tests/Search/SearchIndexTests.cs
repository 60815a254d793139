using System.Text.Json;
using SiteGen.Search;
using SiteGen.Tests.Support;
using Xunit.Abstractions;
using static SiteGen.Tests.Search.SearchUnderNode;

namespace SiteGen.Tests.Search;

/// <summary>The built index, as the browser gets it, loaded and queried by lunr.js and search-core.js under node.</summary>
public sealed class SearchIndexTests(ITestOutputHelper output)
{
    [Fact]
    public void Given_the_built_index_When_500_random_substrings_of_the_plans_are_searched_Then_none_is_empty_and_each_finds_its_passage()
    {
        var site = BuiltSite.Context;
        var docs = Indexed();
        var byPlace = docs.GroupBy(d => d.Place).ToDictionary(g => g.Key, g => g.ToList());

        // 500 substrings of 2–6 characters, at random places of the plan text (seeded: the same sample each run)
        var random = new Random(5);
        var text = docs.Where(d => d.Kind == SearchKinds.Text).ToList();
        var total = text.Sum(d => d.Body.Length);
        var samples = new List<Sample>();
        while (samples.Count < 500)
        {
            var at = random.Next(total);
            var doc = text.First(d => (at -= d.Body.Length) < 0);
            var start = at + doc.Body.Length;
            var length = random.Next(2, 7);
            if (start + length > doc.Body.Length || char.IsLowSurrogate(doc.Body[start]) || char.IsHighSurrogate(doc.Body[start + length - 1])) continue;
            var q = doc.Body.Substring(start, length);
            if (string.IsNullOrWhiteSpace(q)) continue;
            samples.Add(new Sample(q, doc.Place, byPlace[doc.Place].IndexOf(doc)));
        }

        var answer = SearchUnderNode.Run(site, samples);

        Assert.Equal(site.Content.Places.Select(p => p.Slug), answer.Loaded.Select(l => l.GetProperty("place").GetString()));
        Assert.Equal(docs.Count, answer.Loaded.Sum(l => l.GetProperty("docs").GetInt32()));
        var empty = samples.Where((s, i) => answer.Results[i].Hits == 0).Select(s => s.Q).ToList();
        var missed = samples.Where((s, i) => answer.Results[i].Rank < 0).Select(s => s.Q).ToList();
        // an oracle outside search: how many passages hold the substring (every one must be found, no other)
        var wrongCount = samples.Select((s, i) => (s.Q, Expected: Holding(docs, s.Q), Got: answer.Results[i].Hits))
            .Where(x => x.Expected != x.Got).ToList();
        var inTop10 = answer.Results.Count(r => r.Rank is >= 0 and < 10);
        var distinctive = samples.Select((s, i) => (s, r: answer.Results[i])).Where(x => x.r.Hits <= 10).ToList();
        output.WriteLine($"500 substrings: {empty.Count} with no result, {missed.Count} missing their passage, " +
                         $"{inTop10} with their passage in the top 10 ({inTop10 / 5.0:F1}%); " +
                         $"{distinctive.Count} occur in at most 10 passages, all of those in the top 10: {distinctive.All(x => x.r.Rank is >= 0 and < 10)}; " +
                         $"the others occur in 11 to {answer.Results.Max(r => r.Hits)} passages, and any 10 of them hold the substring");
        Assert.Empty(empty);
        Assert.Empty(missed);
        Assert.Empty(wrongCount.Select(x => $"{x.Q}: {x.Got} hits, {x.Expected} passages hold it"));
        Assert.All(distinctive, x => Assert.InRange(x.r.Rank, 0, 9));
    }

    [Theory]
    [InlineData("PM2.5", 10)]
    [InlineData("优良天数", 5)]
    [InlineData("森林覆盖率", 5)]
    [InlineData("98%", 5)]
    [InlineData("河长制", 3)]
    [InlineData("乌梁素海", 5)]
    [InlineData("超低排放", 5)]
    [InlineData("监管部门:市生态环境局", 5)]
    [InlineData("监管部门：市生态环境局", 5)]
    [InlineData("pm2.5", 10)]
    [InlineData("ＰＭ２．５", 10)]
    [InlineData("M2.5", 10)]
    [InlineData("乌海 PM10", 2)]
    public void Given_a_journalists_query_When_searched_Then_every_passage_holding_it_is_found(string q, int atLeast)
    {
        var docs = Indexed();
        var byPlace = docs.GroupBy(d => d.Place).ToDictionary(g => g.Key, g => g.ToList());
        var expected = Holding(docs, q);
        var result = SearchUnderNode.Run(BuiltSite.Context, [new Sample(q)]).Results[0];
        output.WriteLine($"{q}: {result.Hits} hits; top: {string.Join(" | ", result.Top.Take(3).Select(t => Short(byPlace[t[0].GetString()!][t[1].GetInt32()].Body)))}");
        Assert.True(result.Hits >= atLeast, $"{q}: {result.Hits} hits");
        Assert.Equal(expected, result.Hits);
        foreach (var top in result.Top)
        {
            var doc = byPlace[top[0].GetString()!][top[1].GetInt32()];
            Assert.True(Holds(doc, q), $"{q}: hit {doc.Url} does not hold it");
        }
    }

    [Theory]
    [InlineData("PM2.5", SearchKinds.Target, 5)]
    [InlineData("森林覆盖率", SearchKinds.Target, 4)]
    [InlineData("优良天数", SearchKinds.Indicator, 4)]
    [InlineData("forest cover", SearchKinds.Indicator, 4)]
    public void Given_the_kind_filter_When_a_target_or_indicator_is_searched_Then_only_that_kind_is_found_and_links_to_its_figures(string q, string kind, int atLeast)
    {
        var docs = Indexed();
        var byPlace = docs.GroupBy(d => d.Place).ToDictionary(g => g.Key, g => g.ToList());
        var expected = docs.Where(d => d.Kind == kind).Count(d => Holds(d, q));
        var result = SearchUnderNode.Run(BuiltSite.Context, [new Sample(q, Kind: kind)]).Results[0];
        output.WriteLine($"{q} ({kind}): {result.Hits} hits; top: {string.Join(" | ", result.Top.Take(3).Select(t => byPlace[t[0].GetString()!][t[1].GetInt32()].Url))}");
        Assert.True(result.Hits >= atLeast, $"{q}: {result.Hits} hits");
        Assert.Equal(expected, result.Hits);
        foreach (var top in result.Top)
        {
            var doc = byPlace[top[0].GetString()!][top[1].GetInt32()];
            Assert.Equal(kind, doc.Kind);
            // a target links to its entry on the place's figures page, an indicator to the place on its page
            Assert.Matches(kind == SearchKinds.Target ? @"^/[a-z]+/figures/#[a-z0-9-]+$" : @"^/indicators/[a-z0-9-]+/#place-[a-z]+$", doc.Url);
            Assert.NotNull(BuiltSite.Page(SiteGen.Output.SiteUrls.FileOf(doc.Url[..doc.Url.IndexOf('#')])).GetElementById(doc.Url[(doc.Url.IndexOf('#') + 1)..]));
        }
    }

    /// <summary>Every document the index holds, in the order of its shards.</summary>
    static List<SearchDocument> Indexed() => BuiltSite.Context.SearchSources.SelectMany(s => s.Documents(BuiltSite.Context)).ToList();

    static string Short(string s) => s.Length <= 30 ? s : s[..30] + "…";

    /// <summary>How many passages hold every word of a query (in text, or in place and plan names with at least one in text).</summary>
    static int Holding(List<SearchDocument> docs, string q) => docs.Count(d => Holds(d, q));

    static bool Holds(SearchDocument d, string q)
    {
        var words = SearchTokenizer.Fold(q).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var text = SearchTokenizer.Fold(d.Topic + "\n" + d.Path + "\n" + d.Body);
        var place = BuiltSite.Context.Content.FindPlace(d.Place)!;
        var plan = d.Plan is null ? null : BuiltSite.Context.Content.FindPlan(d.Plan)!;
        var names = SearchTokenizer.Fold($"{place.Name.Zh}\n{place.Name.En}\n{plan?.ShortTitle.Zh}\n{plan?.ShortTitle.En}");
        return words.Any(w => text.Contains(w, StringComparison.Ordinal))
               && words.All(w => text.Contains(w, StringComparison.Ordinal) || names.Contains(w, StringComparison.Ordinal));
    }
}
