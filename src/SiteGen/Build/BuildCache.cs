using SiteGen.Markup;
using SiteGen.Templates;
using SiteGen.Verify;

namespace SiteGen.Build;

/// <summary>
/// What one build keeps for the next (under `sitegen serve`), so a rebuild never re-parses what did not
/// change: parsed templates, each plan's parsed and rendered text (kept while its Markdown is the same),
/// each page's HTML (kept while nothing it reads changed) and each page's links (kept while its bytes
/// are the same). A one-shot build starts from an empty cache.
/// <para>
/// What a page reads: everything but the plan texts is summed up in <see cref="SiteKey"/> (a hash of
/// templates/ and of content/ without the plan Markdown); plan texts are tracked one by one, by the
/// version each gets when it is rendered anew.
/// </para>
/// </summary>
public sealed class BuildCache
{
    /// <summary>The cache of a one-shot build, which no build reads after it: what only a next build would use is not made.</summary>
    public bool OneShot { get; init; }
    /// <summary>Hash of templates/ and of content/ except plan Markdown, for the build that filled the cache.</summary>
    public string SiteKey { get; set; } = "";
    public string TemplatesKey { get; set; } = "";
    public TemplateEngine? Templates { get; set; }
    public Dictionary<string, CachedPlan> Plans { get; } = new(StringComparer.Ordinal);
    /// <summary>Content YAML as parsed, kept while its text is the same (<see cref="Content.YamlReader.UseCache"/>).</summary>
    public Content.ParsedYaml Yaml { get; } = new();
    /// <summary>Page URL → the key of its inputs and its HTML.</summary>
    public Dictionary<string, (string Key, byte[] Html)> Pages { get; } = new(StringComparer.Ordinal);
    /// <summary>Output path → the page bytes scanned and their links.</summary>
    public Dictionary<string, (byte[] Bytes, PageLinks Links)> PageLinks { get; } = new(StringComparer.Ordinal);
    /// <summary>The topic rules' matches of each section (by its key), for one topic catalog.</summary>
    public (Topics.TopicCatalog? Catalog, System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Topics.TopicRules.Match>> Sections) TopicMatches { get; set; }
        = (null, new(StringComparer.Ordinal));

    /// <summary>The figures downloads and the key of the figures they were written from.</summary>
    public (string Key, IReadOnlyList<(string Path, byte[] Bytes)> Files)? FigureData { get; set; }

    /// <summary>The last successful link check: the site's files, each page's links and ids, and the pages each page's anchored links point into.</summary>
    public LinkCheck? VerifiedLinks { get; set; }

    public sealed record LinkCheck(IReadOnlySet<string> Files, IReadOnlyDictionary<string, PageLinks> Links, IReadOnlyDictionary<string, IReadOnlySet<string>> Targets);

    /// <summary>Place slug → the search documents and site key its shard was built from, and the shard.</summary>
    public Dictionary<string, (string SiteKey, List<Search.SearchDocument> Documents, Search.SearchShard Shard)> SearchShards { get; } = new(StringComparer.Ordinal);
    /// <summary>
    /// Under `sitegen serve`: keep the previous search shard of a place whose text changed (the pages come
    /// first, the search index follows in a second build); <see cref="SearchStale"/> says it happened.
    /// </summary>
    public bool DeferSearch { get; set; }
    public bool SearchStale { get; set; }
    int nextVersion;

    public int NextVersion() => Interlocked.Increment(ref nextVersion);

    /// <summary>What was rebuilt in the last build (for serve's log line and the benchmark).</summary>
    public int PlansRendered { get; set; }
    public int PagesRendered { get; set; }

    /// <param name="Labels">The words rendered around plan text in each language, as rendered.</param>
    public sealed record CachedPlan(string Markdown, string Labels, RenderedPlan Plan, int Version);
}
