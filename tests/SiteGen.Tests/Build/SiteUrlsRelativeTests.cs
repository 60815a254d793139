using SiteGen.Output;
using SiteGen.Tests.Support;
using SiteGen.Verify;

namespace SiteGen.Tests.Build;

/// <summary>SiteUrls.Relative compares paths in place; it must make the links the plain split-and-join form made.</summary>
public sealed class SiteUrlsRelativeTests
{
    /// <summary>The form Relative had before it stopped splitting paths into arrays: the reference.</summary>
    static string SplitAndJoin(string fromUrl, string toUrl)
    {
        var hash = toUrl.IndexOf('#');
        var fragment = hash >= 0 ? toUrl[hash..] : "";
        var target = hash >= 0 ? toUrl[..hash] : toUrl;
        if (target.Length == 0) return fragment;
        var fromDir = fromUrl[..(fromUrl.LastIndexOf('/') + 1)].Trim('/');
        var fromParts = fromDir.Length == 0 ? [] : fromDir.Split('/');
        var toParts = target.TrimStart('/').Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common]) common++;
        var relative = string.Concat(Enumerable.Repeat("../", fromParts.Length - common)) + string.Join('/', toParts[common..]);
        return (relative.Length == 0 ? "./" : relative) + fragment;
    }

    [Fact]
    public void Given_every_page_of_the_real_site_and_links_of_every_shape_When_made_relative_Then_the_links_are_those_of_the_split_form_and_lead_back_to_the_target()
    {
        var urls = BuiltSite.Context.Pages.Select(p => p.Url).ToList();
        string[] shapes = ["/", "/en/", "/#top", "#p1", "", "/assets/site.css", "/404.html", "/en/404.html", "/hohhot/", "/hohhot/eco-plan/ch1/#ch1-s1-p2",
            "/hohhot/eco-plan/", "/topics/air/page/2/#place-hohhot", "/compare/air/", "/a//b/", "/hohhot/eco-plan/ch1/x.csv"];
        var targets = urls.Where((_, i) => i % 7 == 0).Concat(shapes).ToList();
        foreach (var from in urls.Concat(shapes.Where(s => s.StartsWith('/'))))
            foreach (var to in targets)
            {
                var link = SiteUrls.Relative(from, to);
                Assert.Equal(SplitAndJoin(from, to), link);
                if (to.StartsWith('/') && !to.Contains("//", StringComparison.Ordinal))
                    Assert.Equal(SiteUrls.FileOf(to), LinkChecker.Resolve(SiteUrls.FileOf(from), link).Path);
            }
    }
}
