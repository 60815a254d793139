using System.Text;
using System.Xml;
using System.Xml.Linq;
using SiteGen.Output;

namespace SiteGen.Build.Stages;

/// <summary>
/// Writes sitemap.xml (sitemaps.org): the canonical URL of every page that search engines may index
/// (not the 404 page), with its other-language versions as hreflang alternates. No lastmod: the
/// build is deterministic and has no clock; the plans' own dates are in each plan's structured data.
/// </summary>
public sealed class WriteSitemap : IBuildStage
{
    static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public void Run(BuildContext context)
    {
        var baseUrl = context.Content.Site.BaseUrl.TrimEnd('/');
        var urls = context.Pages.Where(p => !p.NoIndex).Select(page =>
        {
            var url = new XElement(Sitemap + "url", new XElement(Sitemap + "loc", baseUrl + page.Url));
            if (page.HasTranslation)
                foreach (var language in context.Languages)
                    url.Add(new XElement(Xhtml + "link", new XAttribute("rel", "alternate"),
                        new XAttribute("hreflang", language == "en" ? "en" : "zh-CN"),
                        new XAttribute("href", baseUrl + SiteUrls.InLanguage(page.Url, language))));
            return url;
        });
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Sitemap + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings)) document.Save(writer);
        context.Output.Add("sitemap.xml", stream.ToArray());
    }
}
