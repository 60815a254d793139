using System.Text;
using SiteGen.Content;

namespace SiteGen.Search;

/// <summary>
/// One file of the search index: the documents of one place and their lunr index. The site has one shard
/// per place, so each stays small and a search within one place loads only its own; a search of all places
/// runs on every shard and merges the hits by score. Refs are the documents' positions in the shard.
/// </summary>
/// <remarks>
/// The file is <c>{"place":[slug, zh, en], "plans":[[id, zh, en], …], "docs":[[url, kind, plan, topic,
/// path, body], …], "index":{lunr.js 2.3.9 serialised index}}</c>; <c>plan</c> is a position in "plans" or
/// -1. search-core.js reads it.
/// </remarks>
public sealed class SearchShard
{
    /// <summary>Fields of the lunr index, in order. Body, topic and path are what a hit must contain;
    /// place and plan (their names in Chinese and English) help ranking and let a word name the place.</summary>
    public static readonly IReadOnlyList<LunrField> Fields =
        [new("body"), new("topic"), new("path"), new("place"), new("plan")];

    /// <summary>The query-time pipeline the index names; search-core.js registers this function.</summary>
    public static readonly IReadOnlyList<string> SearchPipeline = ["sitegen-fold"];

    public required Place Place { get; init; }
    public required IReadOnlyList<SearchDocument> Documents { get; init; }
    public required string Json { get; init; }

    /// <summary>The shard file (UTF-8) and its asset version, made once per shard (serve keeps unchanged shards).</summary>
    public byte[] Bytes => LazyInitializer.EnsureInitialized(ref bytes, () => System.Text.Encoding.UTF8.GetBytes(Json));
    public string Version => LazyInitializer.EnsureInitialized(ref version, () => global::SiteGen.Build.Stages.CopyAssets.VersionOf(Bytes));
    byte[]? bytes;
    string? version;

    public static SearchShard Build(Place place, IReadOnlyList<SearchDocument> documents, ContentSet content)
    {
        var plans = documents.Select(d => d.Plan).OfType<string>().Distinct().Select(id => content.FindPlan(id)
            ?? throw new InvalidOperationException($"a search document names the unknown plan '{id}'")).ToList();
        var builder = new LunrIndexBuilder(Fields, SearchPipeline);
        var placeTerms = SearchTokenizer.Terms(place.Name.Zh + " " + place.Name.En);
        var planTerms = plans.ToDictionary(p => p.Id, p => SearchTokenizer.Terms(p.Title.Zh + " " + p.Title.En));
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            builder.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [
                SearchTokenizer.Terms(d.Body), SearchTokenizer.Terms(d.Topic), SearchTokenizer.Terms(d.Path),
                placeTerms, d.Plan is null ? [] : planTerms[d.Plan],
            ]);
        }
        var index = builder.ToJson();

        var sb = new StringBuilder();
        sb.Append("{\"place\":");
        Strings(sb, place.Slug, place.Name.Zh, place.Name.En);
        sb.Append(",\"plans\":[");
        for (var p = 0; p < plans.Count; p++)
        {
            if (p > 0) sb.Append(',');
            Strings(sb, plans[p].Id, plans[p].ShortTitle.Zh, plans[p].ShortTitle.En);
        }
        sb.Append("],\"docs\":[");
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            if (i > 0) sb.Append(',');
            sb.Append('[');
            JsJson.String(sb, d.Url);
            sb.Append(',');
            JsJson.String(sb, d.Kind);
            sb.Append(',');
            JsJson.Number(sb, d.Plan is null ? -1 : plans.FindIndex(p => p.Id == d.Plan));
            foreach (var text in new[] { d.Topic, d.Path, d.Body })
            {
                sb.Append(',');
                JsJson.String(sb, text);
            }
            sb.Append(']');
        }
        sb.Append("],\"index\":").Append(index).Append('}');
        return new SearchShard { Place = place, Documents = documents, Json = sb.ToString() };
    }

    static void Strings(StringBuilder sb, params string[] values)
    {
        sb.Append('[');
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) sb.Append(',');
            JsJson.String(sb, values[i]);
        }
        sb.Append(']');
    }
}
