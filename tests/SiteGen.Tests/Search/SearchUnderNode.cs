using System.Text.Json;
using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>Runs queries on a build's index shards with lunr.js and search-core.js under node (node/search-sample.js).</summary>
public static class SearchUnderNode
{
    /// <summary>A query; Place and Ref name the passage expected (its shard and position), Kind and FilterPlace filter.</summary>
    public sealed record Sample(string Q, string Place = "", int Ref = -1, string Kind = "", string FilterPlace = "");

    /// <summary>Hits found, the expected passage's rank (-1 if not found), the first 10 hits as [place, ref].</summary>
    public sealed record Outcome(int Hits, int Rank, List<JsonElement[]> Top);

    public sealed record Answer(List<JsonElement> Loaded, List<Outcome> Results);

    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static Answer Run(BuildContext site, IReadOnlyList<Sample> samples)
    {
        var dir = Directory.CreateTempSubdirectory("sitegen-search-").FullName;
        try
        {
            var files = site.Search!.Shards.Select(s =>
            {
                var file = Path.Combine(dir, s.Place + ".json");
                File.WriteAllBytes(file, site.Output.Get(s.Url.Split('?')[0]));
                return file;
            }).ToList();
            var json = Node.Run("search-sample.js", files, JsonSerializer.Serialize(samples, Web));
            return JsonSerializer.Deserialize<Answer>(json, Web)!;
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
