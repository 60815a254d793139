namespace SiteGen.Build.Stages;

/// <summary>
/// Writes robots.txt: every page may be crawled (the 404 page says noindex itself), and the sitemap is
/// at the base URL. Crawlers read robots.txt at the root of a host only: a site published under a
/// sub-path (base_url https://host/plans/) needs the host's own robots.txt to name this sitemap.
/// </summary>
public sealed class WriteRobotsTxt : IBuildStage
{
    public void Run(BuildContext context)
    {
        var sitemap = context.Content.Site.BaseUrl.TrimEnd('/') + "/sitemap.xml";
        context.Output.Add("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n");
    }
}
