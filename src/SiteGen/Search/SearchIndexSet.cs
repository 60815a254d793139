namespace SiteGen.Search;

/// <summary>What the build made for search, for the search page: the shard files and what they hold.</summary>
/// <param name="Shards">Per place: its slug and the site URL of its shard file.</param>
/// <param name="KindCounts">Documents per kind (every kind of <see cref="SearchKinds.All"/>, zero where none yet).</param>
public sealed record SearchIndexSet(
    IReadOnlyList<SearchIndexSet.ShardFile> Shards,
    IReadOnlyDictionary<string, int> KindCounts)
{
    public sealed record ShardFile(string Place, string Url, int Documents, int Bytes);
}
