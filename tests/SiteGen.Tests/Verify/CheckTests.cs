using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Commands;
using SiteGen.Tests.Support;
using SiteGen.Verify;

namespace SiteGen.Tests.Verify;

/// <summary>`sitegen check` runs every verification, prints a summary, and exits non-zero on any failure.</summary>
public sealed class CheckTests
{
    [Fact]
    public void Given_the_real_site_published_When_checked_Then_every_check_passes()
    {
        using var project = new ScratchProject();
        var target = project.PathOf("site-output");
        Assert.Equal(0, BuildCommand.Run(project.Paths, new BuildLog(TextWriter.Null, quiet: true), target, new StringWriter()));
        var log = new StringWriter();
        var exit = CheckCommand.Run(project.Paths, target, log);
        Assert.True(exit == 0, log.ToString());
        foreach (var check in SiteChecks.All()) Assert.Matches(new Regex($@"^  {check.Name} +ok ", RegexOptions.Multiline), log.ToString());
        Assert.Contains("100.00% of", log.ToString());
        Assert.Contains("check passed", log.ToString());
    }

    public static TheoryData<string, string, string, string, string> Breakages => new()
    {
        { "hosts", "templates/pages/home.scriban-html", "", "<object data=\"https://cdn.example/map.svg\"></object>\n", "site-output/index.html:" },
        { "hosts", "templates/styles/10-site.css", "", "@import \"https://fonts.example/cjk.css\";\n", "site-output/assets/site.css:" },
        { "html", "templates/pages/home.scriban-html", "", "<p style=\"color:red\">red</p>\n", "site-output/index.html:" },
        { "html", "templates/pages/home.scriban-html", "", "<script>alert(1)</script>\n", "site-output/index.html:" },
        { "html", "templates/pages/home.scriban-html", "", "<p id=\"main\">twice</p>\n", "site-output/index.html:" },
        { "html", "templates/pages/home.scriban-html", "", "<p><table><tr><td>x</td></tr></table></span>\n", "site-output/index.html:" },
        { "citations", "templates/pages/chapter.scriban-html", "data-cite-url=\"{{ absolute_url chapter.url }}\"", "data-cite-url=\"{{ absolute_url s.url }}\"", "site-output/hohhot/eco-plan/ch1/index.html:" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Given_a_broken_site_When_checked_Then_the_check_fails_naming_file_and_line(string check, string file, string find, string replace, string location)
    {
        using var project = new ScratchProject();
        project.Edit(file, text => find.Length == 0 ? replace + text : text.Replace(find, replace, StringComparison.Ordinal));
        var build = new BuildPipeline(project.Paths, new BuildLog(TextWriter.Null, quiet: true)).Run(null).Context;
        var log = new StringWriter();
        var report = SiteChecker.Run(new CheckedSite(build, null), SiteChecks.All(), log);
        Assert.False(report.Passed, log.ToString());
        var failed = report.Results.Where(r => !r.Result.Passed).Select(r => r.Check.Name).ToList();
        Assert.Contains(check, failed);
        Assert.Matches(new Regex(Regex.Escape(location) + @"\d+(:\d+)?: error: \[" + check + @"\]"), log.ToString());
        Assert.Contains("hint:", log.ToString());
    }

    [Fact]
    public void Given_a_page_that_no_longer_says_what_a_figure_quotes_When_checked_Then_the_figure_is_named_by_its_yaml_file_and_line()
    {
        var build = BuiltSite.Context;
        var site = new CheckedSite(build, null);
        Assert.True(new SiteGen.Verify.Checks.FigureCitationsCheck().Run(site).Passed);
        var figure = build.Figures.All.First(f => f.Passage.Kind == "paragraph");
        var hash = figure.PassageUrl.IndexOf('#');
        var paragraph = site.Pages[SiteGen.Output.SiteUrls.FileOf(figure.PassageUrl)].Document.GetElementById(figure.PassageUrl[(hash + 1)..])!;
        paragraph.TextContent = "这一段已被改写。";
        var result = new SiteGen.Verify.Checks.FigureCitationsCheck().Run(site);
        Assert.Contains(result.Problems, p => p.Location == figure.Location && p.Message.Contains(figure.Id, StringComparison.Ordinal));
        Assert.Matches(@"^content/places/[a-z]+/figures\.yaml:\d+", result.Problems[0].ToString());
    }

    [Fact]
    public void Given_a_published_site_that_is_stale_When_checked_Then_check_exits_non_zero_and_names_the_files()
    {
        using var project = new ScratchProject();
        var target = project.PathOf("site-output");
        Assert.Equal(0, BuildCommand.Run(project.Paths, new BuildLog(TextWriter.Null, quiet: true), target, new StringWriter()));
        File.WriteAllText(Path.Combine(target, "stray.html"), "<!DOCTYPE html><title>x</title>");
        File.AppendAllText(Path.Combine(target, "index.html"), "\n");
        var log = new StringWriter();
        Assert.Equal(1, CheckCommand.Run(project.Paths, target, log));
        Assert.Contains("site-output/stray.html: error: [published] in the published site but not built", log.ToString());
        Assert.Contains("site-output/index.html: error: [published] differs", log.ToString());
        Assert.Contains("check failed: 1 of", log.ToString());
    }

    [Fact]
    public void Given_content_that_does_not_build_When_checked_Then_check_fails_with_the_build_error()
    {
        using var project = new ScratchProject();
        project.Edit("content/places/changji/eco-plan.yaml", t => t.Replace("doc_number: 昌市政办发〔2022〕12号", "doc_number: 昌市政办发〔2022〕13号", StringComparison.Ordinal));
        var log = new StringWriter();
        Assert.Equal(1, CheckCommand.Run(project.Paths, null, log));
        Assert.Matches(@"content/places/changji/eco-plan\.yaml:\d+:\d+: error: doc_number", log.ToString());
    }
}
