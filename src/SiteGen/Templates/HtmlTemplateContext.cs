using System.Net;
using Scriban;
using Scriban.Parsing;

namespace SiteGen.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, as Razor does, unless the value
/// is <see cref="TrustedHtml"/>. Scriban itself escapes nothing by default (one forgotten
/// "| html.escape" would let plan text become markup).
/// </summary>
public sealed class HtmlTemplateContext(Scriban.Runtime.ScriptObject builtins) : TemplateContext(builtins)
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml html => base.Write(span, html.Html),
        string text => base.Write(span, WebUtility.HtmlEncode(text)),
        _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
    };
}
