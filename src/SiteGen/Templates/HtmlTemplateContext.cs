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
        string text => base.Write(span, Escape(text)),
        _ => base.Write(span, Escape(ObjectToString(textAsObject) ?? "")),
    };

    /// <summary>
    /// How templates read the members of model objects, made once per type (for the process: types do not
    /// change between builds under serve): Scriban makes them per context, by reflection, and the build
    /// makes two contexts per page. Every context
    /// reads members with the same settings (no member filter or renamer, exact names), so one accessor
    /// per type serves them all; an accessor only reads, so threads share it.
    /// </summary>
    protected override Scriban.Runtime.IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target is Scriban.Runtime.IScriptObject or string ? base.GetMemberAccessorImpl(target)
            : Accessors.GetOrAdd(target.GetType(), static (_, x) => x.Context.BaseAccessor(x.Target), (Context: this, Target: target));

    Scriban.Runtime.IObjectAccessor? BaseAccessor(object target) => base.GetMemberAccessorImpl(target);

    static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Scriban.Runtime.IObjectAccessor?> Accessors = new();

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
