using SiteGen.BrowserTests.Support;
using Xunit.Abstractions;

namespace SiteGen.BrowserTests;

/// <summary>The W3C Nu HTML Checker over every page of the built site.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ValidityTests(BrowserSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task Given_the_built_site_When_the_Nu_HTML_checker_reads_every_page_Then_it_reports_no_errors()
    {
        var result = await NuHtmlChecker.CheckAsync(site.SiteDirectory);
        var htmlFiles = Directory.EnumerateFiles(site.SiteDirectory, "*.html", SearchOption.AllDirectories).Count();

        var figures = PageTypes.Kinds(site.Pages).Select(kind =>
            $"{kind,-10} {site.Pages.Count(p => p.Kind == kind),4} page(s)  vnu errors: {result.Errors.Count(e => PageTypes.KindOfFile(site.Pages, e.File) == kind)}").ToList();
        var elsewhere = result.Errors.Count(e => PageTypes.KindOfFile(site.Pages, e.File) == PageTypes.NotAPage);
        if (elsewhere > 0) figures.Add($"{"other",-10} vnu errors in files that are not pages: {elsewhere}");
        output.WriteLine($"vnu-jar 26.9.27 --errors-only: {result.FilesChecked} of {htmlFiles} HTML files checked");
        foreach (var line in figures) output.WriteLine("  " + line);
        Support.Figures.Write("vnu", figures);

        Assert.Equal(htmlFiles, result.FilesChecked);
        Problems.AssertNone(result.Errors.Select(e => e.ToString()).ToList());
    }
}
