using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Markup;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markup;

/// <summary>Runs the examples of Markup/spec/plan-markdown.md, the executable spec of the plan dialect.</summary>
public sealed partial class PlanMarkdownSpecTests
{
    static readonly string SpecFile = Path.Combine(Repo.Root, "tests", "SiteGen.Tests", "Markup", "spec", "plan-markdown.md");

    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        var text = File.ReadAllText(SpecFile);
        string section = "";
        var number = 0;
        foreach (Match m in Example().Matches(text))
        {
            var heading = Heading().Matches(text[..m.Index]).LastOrDefault();
            if (heading is not null && heading.Groups[1].Value != section) { section = heading.Groups[1].Value; }
            data.Add($"{++number}: {section}", m.Groups[1].Value, m.Groups[2].Value);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Given_a_spec_example_When_rendered_Then_the_html_is_as_specified(string example, string markdown, string html)
    {
        var renderer = new PlanMarkdown(new PlanRenderOptions("zh", new PlanRenderLabels("编者注：", "链接到此段", "表格，可左右滑动")));
        var document = AssignAnchors.Run(new Plan(), renderer.Parse(markdown), "spec.md", 1);
        var actual = renderer.Render([.. document.Front, .. document.Chapters.SelectMany(c => c.Blocks)]);
        Assert.True(html == actual, $"example {example}\n--- expected\n{html}--- actual\n{actual}");
    }

    [Fact]
    public void Given_the_spec_When_read_Then_it_has_examples() => Assert.True(Examples().Count >= 8);

    [GeneratedRegex(@"^`{32} example\n(.*?)^\.\n(.*?)^`{32}$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Example();

    [GeneratedRegex(@"^## (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
