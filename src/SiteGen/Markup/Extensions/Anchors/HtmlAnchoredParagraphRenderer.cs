using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Markup.Extensions.Anchors;

public sealed class HtmlAnchoredParagraphRenderer(PlanRenderOptions options) : HtmlObjectRenderer<ParagraphBlock>
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        if (renderer.ImplicitParagraph)
        {
            renderer.WriteLeafInline(paragraph);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<p").WriteAttributes(paragraph).Write('>');
        renderer.WriteLeafInline(paragraph);
        if (paragraph.GetAttributes().Id is { } id) PilcrowLink.Write(renderer, id, options);
        renderer.WriteLine("</p>");
    }
}
