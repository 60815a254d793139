using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Markup.Extensions.Anchors;

public sealed class HtmlAnchoredHeadingRenderer(PlanRenderOptions options) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + Math.Clamp(heading.Level, 1, 6);
        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        if (heading.GetAttributes().Id is { } id) PilcrowLink.Write(renderer, id, options);
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
