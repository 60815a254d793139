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
    /// <summary>The shard's JSON in UTF-8, encoded straight from the builder: a shard is megabytes, and a string and
    /// a copy of it per shard filled the large-object heap and made the collector sweep the whole heap again and again.</summary>
    public required byte[] Utf8Json { get; init; }

    /// <summary>The shard file's asset version, computed once per shard (serve keeps unchanged shards).</summary>
    public string Version => LazyInitializer.EnsureInitialized(ref version, () => global::SiteGen.Build.Stages.CopyAssets.VersionOf(Utf8Json));
    string? version;

    public static SearchShard Build(Place place, IReadOnlyList<SearchDocument> documents, ContentSet content)
    {
        var plans = documents.Select(d => d.Plan).OfType<string>().Distinct().Select(id => content.FindPlan(id)
            ?? throw new InvalidOperationException($"a search document names the unknown plan '{id}'")).ToList();
        var builder = new LunrIndexBuilder(Fields, SearchPipeline);
        var placeTerms = SearchTokenizer.Terms(place.Name.Zh + " " + place.Name.En);
        var planTerms = plans.ToDictionary(p => p.Id, p => SearchTokenizer.Terms(p.Title.Zh + " " + p.Title.En));
        // the builder keeps counts, not the terms: three lists serve every document
        List<string> body = [], topic = [], path = [], none = [];
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            builder.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [
                SearchTokenizer.Terms(d.Body, body), SearchTokenizer.Terms(d.Topic, topic), SearchTokenizer.Terms(d.Path, path),
                placeTerms, d.Plan is null ? none : planTerms[d.Plan],
            ]);
        }
        // One builder per thread, kept: after the first shard it is one array as large as a shard, which the
        // next shards fill without allocating (a new builder per shard made megabytes of chunks to collect).
        var sb = reusable ??= new StringBuilder();
        sb.Clear();
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
        sb.Append("],\"index\":");
        builder.WriteJson(sb);
        sb.Append('}');
        return new SearchShard { Place = place, Documents = documents, Utf8Json = Utf8(sb) };
    }

    [ThreadStatic] static StringBuilder? reusable;

    /// <summary>The builder's text in UTF-8, chunk by chunk, without making it a string first.</summary>
    static byte[] Utf8(StringBuilder sb)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        var length = 0;
        foreach (var chunk in sb.GetChunks()) length += encoder.GetByteCount(chunk.Span, flush: false);
        length += encoder.GetByteCount(ReadOnlySpan<char>.Empty, flush: true);
        encoder.Reset();
        var bytes = new byte[length];
        var at = 0;
        foreach (var chunk in sb.GetChunks()) at += encoder.GetBytes(chunk.Span, bytes.AsSpan(at), flush: false);
        at += encoder.GetBytes(ReadOnlySpan<char>.Empty, bytes.AsSpan(at), flush: true);
        return at == length ? bytes : throw new InvalidOperationException("UTF-8 length changed while encoding");
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
