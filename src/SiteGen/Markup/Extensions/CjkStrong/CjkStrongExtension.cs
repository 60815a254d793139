using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace SiteGen.Markup.Extensions.CjkStrong;

/// <summary>
/// Bold run-in leads as Chinese text writes them: "**坚决打赢污染防治攻坚战。**坚持…". CommonMark's
/// flanking rules refuse to close emphasis after punctuation such as "。" when a Han character follows,
/// so stock Markdig leaves the asterisks in the text. No Markdig extension covers this (markdown-it
/// has markdown-it-cjk-friendly), hence this small parser.
/// </summary>
public sealed class CjkStrongExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CjkStrongParser>())
            pipeline.InlineParsers.InsertBefore<EmphasisInlineParser>(new CjkStrongParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
