namespace SiteGen.Verify.Checks;

/// <summary>Every internal link and #anchor of every page resolves (links to other hosts: <see cref="NoOutsideHostsCheck"/>).</summary>
public sealed class LinksAndAnchorsCheck : ISiteCheck
{
    public string Name => "links";
    public string Description => "every internal link and #anchor resolves";

    public CheckResult Run(CheckedSite site)
    {
        var pages = site.Pages.ToDictionary(p => p.Key, p => PageLinks.Of(p.Value.Document), StringComparer.Ordinal);
        var problems = LinkChecker.Check(site.Build.Output, site.Build.Content.Site.BaseUrl, pages)
            .Where(p => p.What != "link to another host")
            .Select(p => new CheckProblem(site.OutputLocation(p.Page, p.Line), $"{p.What}: {p.Link}",
                "a template or a plan text links to a page or anchor the build does not make; fix the link or the anchor"))
            .ToList();
        var links = pages.Values.Sum(p => p.Links.Count);
        return new CheckResult(problems, $"{links:N0} links and anchors on {pages.Count:N0} pages");
    }
}
