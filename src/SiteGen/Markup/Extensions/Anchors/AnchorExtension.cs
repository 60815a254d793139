using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markup.Extensions.Anchors;

/// <summary>
/// Headings and paragraphs render with the stable id that <see cref="AssignAnchors"/> gave them and a
/// "¶" link to themselves, which shows on hover and focus (and is what the copy-citation button uses).
/// </summary>
public sealed class AnchorExtension(PlanRenderOptions options) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new HtmlAnchoredHeadingRenderer(options));
        html.ObjectRenderers.ReplaceOrAdd<ParagraphRenderer>(new HtmlAnchoredParagraphRenderer(options));
    }
}
