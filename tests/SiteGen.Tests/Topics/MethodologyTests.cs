using SiteGen.Build;
using SiteGen.Commands;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Topics;

/// <summary>The methodology page lists every editor's note and the dropped clutter, and says how to report a correction.</summary>
public sealed class MethodologyTests
{
    [Fact]
    public void Given_the_methodology_page_When_read_Then_it_links_every_editors_note_of_every_plan()
    {
        var site = BuiltSite.Context;
        var notes = site.Plans.Values.SelectMany(p => p.Document.PassageList.SelectMany(passage => passage.Notes.Select(n => (p.Document.Plan, passage)))).ToList();
        Assert.True(notes.Count > 30);
        foreach (var page in new[] { "methodology/index.html", "en/methodology/index.html" })
        {
            var links = BuiltSite.Page(page).QuerySelectorAll("#notes ~ .note-list a, section[aria-labelledby=notes] .note-list a").Select(a => a.GetAttribute("href")!).Distinct().ToList();
            var expected = notes.Select(n => SiteGen.Markup.PlanUrls.Passage(n.Plan, n.passage)).Distinct().Count();
            Assert.Equal(expected, links.Count);
        }
    }

    [Fact]
    public void Given_the_methodology_page_When_read_Then_it_sums_up_every_dropped_line_per_source()
    {
        var site = BuiltSite.Context;
        var doc = BuiltSite.Page("methodology/index.html");
        foreach (var source in site.Content.Sources.Values)
        {
            var heading = doc.QuerySelectorAll("section[aria-labelledby=dropped] h3").Single(h => h.TextContent.Contains(source.Name, StringComparison.Ordinal));
            Assert.Contains($"({source.Dropped.Count})", heading.TextContent);
        }
    }

    [Fact]
    public void Given_a_corrections_contact_in_site_yaml_When_built_Then_the_page_gives_it_and_without_one_it_says_none_is_published()
    {
        Assert.Contains("尚未公布", BuiltSite.Page("methodology/index.html").QuerySelector("#corrections ~ .contact, section[aria-labelledby=corrections] .contact")!.TextContent);
        using var project = new ScratchProject();
        project.Edit("content/site.yaml", t => t.Replace("corrections_contact: \"\"", "corrections_contact: \"corrections@plans.example\""));
        var log = new BuildLog(TextWriter.Null, quiet: true);
        var context = new BuildPipeline(project.Paths, log).Run(publishTo: null).Context;
        var html = context.Output.GetText("en/methodology/index.html");
        Assert.Contains("<a href=\"mailto:corrections@plans.example\">corrections@plans.example</a>", html);
        Assert.DoesNotContain(log.Warnings, w => w.Contains("corrections_contact", StringComparison.Ordinal));
    }
}
