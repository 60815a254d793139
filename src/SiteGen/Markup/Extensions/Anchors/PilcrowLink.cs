using Markdig.Renderers;

namespace SiteGen.Markup.Extensions.Anchors;

/// <summary>The "¶" link a passage carries to itself.</summary>
public static class PilcrowLink
{
    public static void Write(HtmlRenderer renderer, string id, PlanRenderOptions options) =>
        renderer.Write("<a class=\"pilcrow\" href=\"#").Write(id).Write("\" aria-label=\"")
            .WriteEscape(options.Labels.LinkToHere).Write("\">¶</a>");
}
