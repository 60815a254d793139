using Markdig.Renderers;
using Markdig.Renderers.Html;
using SiteGen.Output;

namespace SiteGen.Markup.Extensions.TermLinks;

/// <summary>
/// A term as a link to its entry, followed by its explanation in a tooltip element that CSS shows on
/// hover and on focus (no script needed). The link is described by the tooltip (aria-describedby), so
/// screen readers read the explanation on focus. Plan text is Chinese; an English explanation is
/// marked lang="en".
/// </summary>
public sealed class HtmlTermLinkRenderer(PlanRenderOptions options) : HtmlObjectRenderer<TermLinkInline>
{
    protected override void Write(HtmlRenderer renderer, TermLinkInline link)
    {
        var target = link.Target;
        var tipId = "tip-" + link.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var english = options.Language == "en";
        if (!options.TermExplanations)
        {
            renderer.Write("<a class=\"term-link\" href=\"").WriteEscapeUrl(SiteUrls.InLanguage(target.Url, options.Language)).Write("\">");
            renderer.WriteChildren(link);
            renderer.Write("</a>");
            return;
        }
        renderer.Write("<span class=\"term term-").Write(target.Kind).Write("\"><a class=\"term-link\" href=\"")
            .WriteEscapeUrl(SiteUrls.InLanguage(target.Url, options.Language))
            .Write("\" aria-describedby=\"").Write(tipId).Write("\">");
        renderer.WriteChildren(link);
        renderer.Write("</a><span class=\"term-tip\" role=\"tooltip\" id=\"").Write(tipId).Write('"');
        if (english) renderer.Write(" lang=\"en\"");
        renderer.Write("><span class=\"term-tip-name\">").WriteEscape(target.Name.In(options.Language)).Write(english ? ":</span> " : "：</span>")
            .WriteEscape(target.Explanation.In(options.Language)).Write("</span></span>");
    }
}
