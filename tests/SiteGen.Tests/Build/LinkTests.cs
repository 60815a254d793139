using SiteGen.Tests.Support;
using SiteGen.Verify;

namespace SiteGen.Tests.Build;

public sealed class LinkTests
{
    [Fact]
    public void Given_the_built_site_When_every_link_is_followed_Then_each_page_and_anchor_exists()
    {
        var site = BuiltSite.Context;
        var problems = LinkChecker.Check(site.Output, site.Content.Site.BaseUrl);
        Assert.Empty(problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Given_a_page_with_a_broken_anchor_When_checked_Then_the_problem_names_page_and_link()
    {
        var output = new SiteGen.Output.SiteOutput();
        output.Add("index.html", "<a href='a/#x'>a</a><a href='missing/'>m</a><a href='https://cdn.example/x.js'>x</a>");
        output.Add("a/index.html", "<p id='y'>y</p>");
        var problems = LinkChecker.Check(output, "https://site.example/").Select(p => p.ToString()).ToList();
        Assert.Equal(["index.html: no such #fragment: a/#x", "index.html: no such page or file: missing/",
            "index.html: link to another host: https://cdn.example/x.js"], problems);
    }
}
