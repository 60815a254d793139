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

/// <summary>Under `sitegen serve` the link check looks again only at what an edit could have broken.</summary>
public sealed class IncrementalLinkCheckTests
{
    [Fact]
    public void Given_a_checked_site_When_a_page_drops_an_anchor_that_an_unchanged_page_links_to_Then_the_next_check_fails()
    {
        var cache = new SiteGen.Build.BuildCache();
        Check(cache, ("index.html", "<a href='a/#x'>a</a>"), ("a/index.html", "<p id='x'>x</p>"), ("b/index.html", "<p>b</p>"));
        Check(cache, ("index.html", "<a href='a/#x'>a</a>"), ("a/index.html", "<p id='x'>x, edited</p>"), ("b/index.html", "<p>b</p>"));
        var error = Assert.Throws<SiteGen.Content.ContentException>(() =>
            Check(cache, ("index.html", "<a href='a/#x'>a</a>"), ("a/index.html", "<p id='y'>x</p>"), ("b/index.html", "<p>b</p>")));
        Assert.Contains("no such #fragment: a/#x", error.Message);
        Assert.Equal("site-output/index.html", error.Location.File);
    }

    [Fact]
    public void Given_a_failed_check_When_the_site_is_unchanged_Then_the_next_check_fails_again()
    {
        var cache = new SiteGen.Build.BuildCache();
        Check(cache, ("index.html", "<a href='a/'>a</a>"), ("a/index.html", "<p>a</p>"));
        Assert.Throws<SiteGen.Content.ContentException>(() => Check(cache, ("index.html", "<a href='a/#z'>a</a>"), ("a/index.html", "<p>a</p>")));
        Assert.Throws<SiteGen.Content.ContentException>(() => Check(cache, ("index.html", "<a href='a/#z'>a</a>"), ("a/index.html", "<p>a</p>")));
    }

    static void Check(SiteGen.Build.BuildCache cache, params (string Path, string Html)[] pages)
    {
        var context = new SiteGen.Build.BuildContext(Repo.Paths, new SiteGen.Build.BuildLog(TextWriter.Null, quiet: true), cache)
        {
            Content = BuiltSite.Context.Content,
        };
        foreach (var (path, html) in pages) context.Output.Add(path, html);
        new SiteGen.Build.Stages.VerifyLinks().Run(context);
    }
}
