using SiteGen.Tests.Support;
using SiteGen.Verify;
using Xunit.Abstractions;

namespace SiteGen.Tests.Content;

/// <summary>
/// Every character of each source, outside the clutter its import listed, appears in the published
/// pages, in order (<see cref="SourceFidelity"/>, which `sitegen check` runs too). Editor's notes, ¶ links
/// and the explanations of glossary terms (.term-tip) are the site's words, not the source's, and do not count.
/// </summary>
public sealed class FidelityTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sources => ["000_b2fe04079fb47e5c.txt", "001_3b759b29db0cb95e.txt",
        "002_5dfaba626f3bc4cb.txt", "003_4e8e1224cfa8f5f4.txt", "004_3798f38f41d0bc2b.txt"];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Given_a_source_When_the_site_is_built_Then_all_its_text_is_published_in_order(string name)
    {
        var result = SourceFidelity.Measure(BuiltSite.Context, name, BuiltSite.Page);
        output.WriteLine($"{name}: {result.Matched}/{result.Total} characters published in order ({result.Coverage:F2}%)");
        Assert.True(result.Misses.Count == 0,
            $"{result.Misses.Count} source lines not found in order, first: {string.Join("; ", result.Misses.Take(5).Select(m => $"line {m.Line}: {m.Text}"))}");
        Assert.Equal(100.0, result.Coverage);
    }

    [Fact]
    public void Given_a_paragraph_missing_from_the_pages_When_measured_Then_its_source_line_is_reported()
    {
        using var project = new ScratchProject();
        File.Delete(project.PathOf("content/places/wuhai/figures.yaml")); // its quotes would stop the build first
        var line = project.Read("content/places/wuhai/beautiful-wuhai.md").Split('\n')
            .Where(l => !l.StartsWith('#') && !l.StartsWith('|')).MaxBy(l => l.Length)!;
        project.Edit("content/places/wuhai/beautiful-wuhai.md", text => text.Replace(line + "\n", "", StringComparison.Ordinal));
        var build = new SiteGen.Build.BuildPipeline(project.Paths, new SiteGen.Build.BuildLog(TextWriter.Null, quiet: true)).Run(null).Context;
        var result = SourceFidelity.Measure(build, "002_5dfaba626f3bc4cb.txt",
            path => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(build.Output.GetText(path)));
        Assert.NotEmpty(result.Misses);
        Assert.True(result.Coverage < 100.0);
    }

    [Fact]
    public void Given_the_clutter_lists_When_read_Then_every_dropped_line_is_really_in_its_source()
    {
        foreach (var source in BuiltSite.Context.Content.Sources.Values)
            foreach (var d in source.Dropped)
                Assert.Equal(d.Text, source.Lines[d.Line - 1].Trim());
    }
}
