namespace SiteGen.Verify.Checks;

/// <summary>
/// Every internal link and #anchor of every page resolves, on an HTML5 parse of each page (AngleSharp);
/// links to other hosts are <see cref="NoOutsideHostsCheck"/>'s. Also proves that the build's fast
/// <see cref="OwnHtmlScanner"/> reads every page's ids and links exactly as the parser does.
/// </summary>
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
        foreach (var (path, parsed) in pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var scanned = OwnHtmlScanner.Scan(site.Build.Output.GetText(path));
            if (!scanned.Ids.SetEquals(parsed.Ids) || !scanned.Links.Select(l => l.Link).SequenceEqual(parsed.Links.Select(l => l.Link)))
                problems.Add(new CheckProblem(site.OutputLocation(path),
                    "the build's link scanner reads this page's ids or links differently from an HTML5 parser",
                    "a template writes markup the scanner does not expect (a comment, an unescaped quote, an inline script?); see Verify/OwnHtmlScanner.cs"));
        }
        var links = pages.Values.Sum(p => p.Links.Count);
        return new CheckResult(problems, $"{links:N0} links and anchors on {pages.Count:N0} pages");
    }
}
