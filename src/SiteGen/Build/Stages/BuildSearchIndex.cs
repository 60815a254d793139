using System.Text.Json;
using SiteGen.Content;
using SiteGen.Search;

namespace SiteGen.Build.Stages;

/// <summary>
/// Collects the search documents of every registered source, builds one lunr index shard per place
/// (assets/search-&lt;place&gt;.json), and copies lunr.js 2.3.9 from node_modules/ (pinned in package.json)
/// into assets/.
/// </summary>
public sealed class BuildSearchIndex : IBuildStage
{
    public const string LunrAsset = "lunr.min.js";

    public void Run(BuildContext context)
    {
        CopyAssets.Add(context, LunrAsset, ReadLunr(context.Paths));

        var documents = context.SearchSources.SelectMany(s => s.Documents(context)).ToList();
        foreach (var d in documents)
        {
            if (!SearchKinds.All.Contains(d.Kind))
                throw new InvalidOperationException($"search document {d.Url} has the unknown kind '{d.Kind}'");
            if (context.Content.FindPlace(d.Place) is null)
                throw new InvalidOperationException($"search document {d.Url} names the unknown place '{d.Place}'");
        }
        // Under `sitegen serve`, a place whose documents (and records, templates: the site key) did not change keeps its shard.
        var byPlace = documents.ToLookup(d => d.Place, StringComparer.Ordinal);
        var cache = context.Cache.SearchShards;
        var done = 0;
        var shards = InOrder.Map(context.Content.Places, place =>
        {
            context.Log.Progress("BuildSearchIndex", Interlocked.Increment(ref done), context.Content.Places.Count);
            var mine = byPlace[place.Slug].ToList();
            lock (cache)
                if (cache.TryGetValue(place.Slug, out var known))
                {
                    if (known.SiteKey == context.Cache.SiteKey && known.Documents.SequenceEqual(mine)) return known.Shard;
                    if (context.Cache.DeferSearch) { context.Cache.SearchStale = true; return known.Shard; }
                }
            var shard = SearchShard.Build(place, mine, context.Content);
            if (!context.Cache.OneShot) lock (cache) cache[place.Slug] = (context.Cache.SiteKey, mine, shard);
            return shard;
        });
        var files = new List<SearchIndexSet.ShardFile>();
        foreach (var shard in shards)
        {
            var name = $"search-{shard.Place.Slug}.json";
            CopyAssets.Add(context, name, shard.Utf8Json, shard.Version);
            files.Add(new SearchIndexSet.ShardFile(shard.Place.Slug, context.Assets[name], shard.Documents.Count, shard.Utf8Json.Length));
        }
        var kinds = SearchKinds.All.ToDictionary(k => k, k => documents.Count(d => d.Kind == k));
        context.Search = new SearchIndexSet(files, kinds);
        context.Log.Info($"  {documents.Count} search documents, {files.Sum(f => f.Bytes) / 1024} KiB in {files.Count} shards");
    }

    /// <summary>lunr.min.js of the pinned lunr package; a clear error if the npm pins are not installed.</summary>
    public static byte[] ReadLunr(ProjectPaths paths)
    {
        var package = Path.Combine(paths.NodeModules, "lunr");
        var file = Path.Combine(package, "lunr.min.js");
        var hint = "install the npm pins first: tools/npm-pins.sh (build.sh, build.ps1 and test.sh run it), which runs `npm ci`";
        if (!File.Exists(file))
            throw new ContentException(new SourceLocation("package.json", 0),
                $"lunr.js is missing: {paths.Display(file)} does not exist (node_modules/ is not installed)", hint);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(package, "package.json")));
        var version = manifest.RootElement.GetProperty("version").GetString();
        if (version != LunrIndexBuilder.Version)
            throw new ContentException(new SourceLocation("package.json", 0),
                $"node_modules/lunr is version {version}; the search index is written for lunr {LunrIndexBuilder.Version}", hint);
        return File.ReadAllBytes(file);
    }
}
