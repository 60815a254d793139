using Markdig;
using Markdig.Renderers;

namespace SiteGen.Markup.Extensions.TermLinks;

/// <summary>
/// Links the first occurrence of each glossary term and indicator name in each section of a plan to
/// its page, with an explanation on hover and focus. Linking happens once, when the document is
/// parsed (<see cref="TermLinker"/>); each language's renderer writes the explanation in its language.
/// </summary>
public sealed class TermLinkExtension(PlanRenderOptions options) : IMarkdownExtension
{
    readonly TermLinker linker = new(options.Terms);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!linker.IsEmpty) pipeline.DocumentProcessed += linker.Link;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlTermLinkRenderer>())
            html.ObjectRenderers.Insert(0, new HtmlTermLinkRenderer(options));
    }
}
