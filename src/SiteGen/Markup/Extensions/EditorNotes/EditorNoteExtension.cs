using Markdig;
using Markdig.Renderers;

namespace SiteGen.Markup.Extensions.EditorNotes;

public sealed class EditorNoteExtension(PlanRenderOptions options) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<EditorNoteParser>())
            pipeline.InlineParsers.Insert(0, new EditorNoteParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlEditorNoteRenderer>())
            html.ObjectRenderers.Insert(0, new HtmlEditorNoteRenderer(options));
    }
}
