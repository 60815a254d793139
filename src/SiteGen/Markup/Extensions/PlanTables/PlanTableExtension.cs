using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace SiteGen.Markup.Extensions.PlanTables;

/// <summary>Pipe tables with captions, merged cells and row anchors; see <see cref="HtmlPlanTableRenderer"/>.</summary>
public sealed class PlanTableExtension(PlanRenderOptions options) : IMarkdownExtension
{
    /// <summary>Register after <see cref="PipeTableExtension"/>, whose renderer this one replaces.</summary>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(new HtmlPlanTableRenderer(options));
    }
}
