using System.Diagnostics;
using SiteGen.Build.Stages;
using SiteGen.Content;
using SiteGen.Figures;
using SiteGen.Pages;
using SiteGen.Search;

namespace SiteGen.Build;

/// <summary>
/// The one place that owns the build lifecycle: load content and catalogs → render plan texts → tag
/// and index them → load figures → write data and the search index → render pages → verify → publish. Each stage is a class; a failing stage stops the build before
/// anything is published.
/// </summary>
public sealed class BuildPipeline(ProjectPaths paths, BuildLog log, BuildCache? cache = null)
{
    public sealed record Result(BuildContext Context, TimeSpan Elapsed);

    /// <param name="publishTo">Where to publish; null builds in memory only.</param>
    public Result Run(string? publishTo)
    {
        var clock = Stopwatch.StartNew();
        // A one-shot build too reads each shared file once, so that loaders see shared records as under serve.
        using var yaml = Content.YamlReader.UseCache(cache?.Yaml ?? new Content.ParsedYaml());
        var context = new BuildContext(paths, log, cache);
        context.PageSources.AddRange([new HomePages(), new PlacePages(), new PlanPages()]);
        context.PageSources.AddRange([new IndicatorPages(), new TargetPages(), new PlaceFigurePages(), new DataPages()]);
        context.PageSources.AddRange([new TopicPages(), new ComparePages(), new PlanComparePages(), new GlossaryPages(), new MethodologyPages()]);
        context.PageSources.Add(new SearchPages());
        context.SearchSources.AddRange([new PlanPassageDocuments(), new FigureSearchDocuments()]);
        IBuildStage[] stages =
        [
            new LoadContent(),
            new LoadTopics(),
            new LoadGlossary(),
            new RenderPlanTexts(),
            new TagTopics(),
            new IndexGlossary(),
            new AlignChapters(),
            new LoadFigures(),
            new CopyAssets(),
            new StyleCompareViews(),
            new WriteFigureData(),
            new BuildSearchIndex(),
            new RenderPages(),
            new WriteSitemap(),
            new WriteRobotsTxt(),
            new VerifyLinks(),
        ];
        foreach (var stage in stages) log.Time(stage.Name, () => { stage.Run(context); return 0; });
        if (publishTo is not null)
        {
            IBuildStage publish = new PublishSite(publishTo);
            log.Time(publish.Name, () => { publish.Run(context); return 0; });
        }
        return new Result(context, clock.Elapsed);
    }
}
