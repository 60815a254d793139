using Scriban.Runtime;
using SiteGen.Build;
using SiteGen.Output;
using SiteGen.Templates;

namespace SiteGen.Pages;

/// <summary>
/// Renders a page: its template first, then the layout around it. Templates see the site, the page,
/// the words of the page language (t "key"), and helpers that make relative links (url "/a/b/"),
/// versioned asset links (asset "site.css") and absolute URLs (absolute_url "/a/").
/// </summary>
public sealed class PageRenderer
{
    readonly BuildContext context;
    readonly string basePath;
    readonly Dictionary<string, IScriptCustomFunction> translate = new(StringComparer.Ordinal);
    readonly IScriptCustomFunction url, asset, absoluteUrl;

    /// <summary>The page this thread is rendering: what url and asset make links relative to.</summary>
    [ThreadStatic] static SitePage? current;

    public PageRenderer(BuildContext context)
    {
        this.context = context;
        basePath = new Uri(context.Content.Site.BaseUrl).AbsolutePath;
        // Made once, not per page (making a Scriban function of a delegate reflects over its method), and
        // called directly (TextFunction): Scriban calls a delegate through reflection.
        foreach (var language in context.Languages)
        {
            var words = context.Translations.For(language);
            translate[language] = new TextFunction(key =>
                words.TryGetValue(key, out var text) ? text : throw new ArgumentException($"no translation '{key}' for {language}"));
        }
        url = new TextFunction(Link);
        asset = new TextFunction(name =>
            context.Assets.TryGetValue(name, out var found) ? Link(found) : throw new ArgumentException($"no asset '{name}' in templates/assets/"));
        absoluteUrl = new TextFunction(Absolute);
    }

    string Link(string target)
    {
        var page = current ?? throw new InvalidOperationException("a link is made outside the rendering of a page");
        return page.RootRelativeLinks ? basePath + target.TrimStart('/') : SiteUrls.Relative(page.Url, target);
    }

    public string Render(SitePage page)
    {
        var outer = current;
        current = page;
        try
        {
            return RenderCurrent(page);
        }
        finally
        {
            current = outer;
        }
    }

    string RenderCurrent(SitePage page)
    {
        var language = page.Language;
        var site = context.Content.Site;
        var globals = new ScriptObject();
        globals.SetValue("lang", language, true);
        globals.SetValue("html_lang", language == "en" ? "en" : "zh-CN", true);
        globals.SetValue("site", new
        {
            Title = site.Title.In(language),
            Tagline = site.Tagline.In(language),
            BaseUrl = site.BaseUrl,
            Home = SiteUrls.LanguageRoot(language),
        }, true);
        var alternateLanguage = language == "en" ? "zh" : "en";
        globals.SetValue("page", new
        {
            page.Url,
            page.Title,
            page.Description,
            page.Kind,
            page.Breadcrumbs,
            Crumb = page.Crumb ?? page.Title,
            page.NoIndex,
            page.Scripts,
            CanonicalUrl = Absolute(page.Url),
            AlternateLanguage = alternateLanguage,
            AlternateUrl = page.HasTranslation ? SiteUrls.InLanguage(page.Url, alternateLanguage) : SiteUrls.LanguageRoot(alternateLanguage),
            ZhUrl = Absolute(SiteUrls.InLanguage(page.Url, "zh")),
            EnUrl = Absolute(SiteUrls.InLanguage(page.Url, "en")),
            page.OpenGraphType,
            JsonLd = Sharing.JsonLd.Scripts(page.StructuredData),
        }, true);
        globals.SetValue("t", translate.TryGetValue(language, out var t) ? t
            : throw new ArgumentException($"no translations for the language '{language}' of {page.Url}"), true);
        globals.SetValue("url", url, true);
        globals.SetValue("asset", asset, true);
        globals.SetValue("absolute_url", absoluteUrl, true);
        foreach (var (key, value) in page.Model()) globals.SetValue(key, value, true);

        var body = context.Templates.Render(page.Template, globals);
        globals.SetValue("body", new TrustedHtml(body), true);
        return context.Templates.Render("layouts/base", globals);
    }

    string Absolute(string url) => context.Content.Site.BaseUrl.TrimEnd('/') + url;
}
