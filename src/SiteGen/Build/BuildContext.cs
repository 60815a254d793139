using SiteGen.Content;
using SiteGen.Figures;
using SiteGen.Markup;
using SiteGen.Output;
using SiteGen.Pages;
using SiteGen.Search;
using SiteGen.Templates;

namespace SiteGen.Build;

/// <summary>What the stages of one build share. Each stage fills in what later stages read.</summary>
public sealed class BuildContext(ProjectPaths paths, BuildLog log, BuildCache? cache = null)
{
    /// <summary>What the previous build left to reuse (empty for a one-shot build).</summary>
    public BuildCache Cache { get; } = cache ?? new BuildCache();
    public ProjectPaths Paths { get; } = paths;
    public BuildLog Log { get; } = log;
    public ContentSet Content { get; set; } = null!;
    public Translations Translations { get; set; } = null!;
    public TemplateEngine Templates { get; set; } = null!;
    public Dictionary<string, RenderedPlan> Plans { get; } = new(StringComparer.Ordinal);
    /// <summary>Every figure of the plans and the indicator catalog (Figures/), loaded after the plan texts.</summary>
    public FigureSet Figures { get; set; } = null!;
    /// <summary>Asset name → site URL with a content hash ("/assets/site.css?v=1a2b3c4d").</summary>
    public Dictionary<string, string> Assets { get; } = new(StringComparer.Ordinal);
    public List<IPageSource> PageSources { get; } = [];
    public List<SitePage> Pages { get; } = [];
    /// <summary>What search indexes: plan passages, and whatever other features register.</summary>
    public List<ISearchDocumentSource> SearchSources { get; } = [];
    /// <summary>The search index files, once BuildSearchIndex has run.</summary>
    public SearchIndexSet? Search { get; set; }
    public SiteOutput Output { get; } = new();

    public IReadOnlyList<string> Languages => Content.Site.Languages;
}
