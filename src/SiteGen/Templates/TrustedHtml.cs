namespace SiteGen.Templates;

/// <summary>
/// HTML the build produced itself (rendered Markdown, inline SVG, a rendered partial). Templates write
/// it as is; every other value is HTML-escaped (see <see cref="HtmlTemplateContext"/>).
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public override string ToString() => Html;
}
