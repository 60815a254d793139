using SiteGen.Compare;
using SiteGen.Content;
using SiteGen.Figures;
using SiteGen.Glossary;
using SiteGen.Markup;
using SiteGen.Output;
using SiteGen.Pages;
using SiteGen.Search;
using SiteGen.Templates;
using SiteGen.Topics;

namespace SiteGen.Build;

/// <summary>What the stages of one build share. Each stage fills in what later stages read.</summary>
public sealed class BuildContext(ProjectPaths paths, BuildLog log, BuildCache? cache = null)
{
    /// <summary>What the previous build left to reuse (empty for a one-shot build).</summary>
    public BuildCache Cache { get; } = cache ?? new BuildCache { OneShot = true };
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
    /// <summary>Keys of what pages show of the plan texts, once the plans are rendered, tagged and indexed.</summary>
    public PageInputKeys InputKeys => inputKeys ??= new PageInputKeys(this);
    PageInputKeys? inputKeys;
    /// <summary>What search indexes: plan passages, and whatever other features register.</summary>
    public List<ISearchDocumentSource> SearchSources { get; } = [];
    /// <summary>The search index files, once BuildSearchIndex has run.</summary>
    public SearchIndexSet? Search { get; set; }
    public SiteOutput Output { get; } = new();
    /// <summary>The topics and their rules (content/topics.yaml), loaded before the plan texts.</summary>
    public TopicCatalog TopicCatalog { get; set; } = null!;
    /// <summary>Every plan section with its topics (Topics/), tagged after the plan texts are rendered.</summary>
    public TopicIndex Topics { get; set; } = null!;
    /// <summary>The glossary as read (content/glossary.yaml), before the plan texts are parsed.</summary>
    public GlossaryFile GlossaryFile { get; set; } = null!;
    /// <summary>What plan text links (glossary terms and indicator names), read before the plan texts are parsed.</summary>
    public IReadOnlyList<Markup.Extensions.TermLinks.TermTarget> TermTargets { get; set; } = [];
    /// <summary>The glossary with where each term occurs, after the plan texts are parsed.</summary>
    public GlossaryIndex Glossary { get; set; } = null!;
    /// <summary>Which chapters of the aligned plans match (content/chapter-alignment.yaml); null without that file.</summary>
    public ChapterAlignment? Alignment { get; set; }

    public IReadOnlyList<string> Languages => Content.Site.Languages;
}
