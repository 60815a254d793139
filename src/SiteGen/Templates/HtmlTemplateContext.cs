using Scriban;
using Scriban.Parsing;

namespace SiteGen.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, as Razor does, unless the value
/// is <see cref="TrustedHtml"/>. Scriban itself escapes nothing by default (one forgotten
/// "| html.escape" would let plan text become markup).
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml html => base.Write(span, html.Html),
        string text => base.Write(span, Escape(text)),
        _ => base.Write(span, Escape(ObjectToString(textAsObject) ?? "")),
    };

    /// <summary>Escapes the five characters that matter in HTML text and attribute values, and nothing
    /// else (WebUtility.HtmlEncode would also turn "·" and other Latin-1 characters into entities).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return sb.ToString();
    }
}
