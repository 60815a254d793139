using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Commands;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>
/// Bad input stops the build with one clear message naming file and line, a non-zero exit code, and
/// the previously published site untouched.
/// </summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "malformed YAML", "content/places/hohhot/place.yaml", "name: { zh: 呼和浩特市, en: Hohhot }", "name: { zh: 呼和浩特市, en: Hohhot" },
        { "unknown field", "content/places/wuhai/beautiful-wuhai.yaml", "status: draft", "statuz: draft" },
        { "unknown place", "content/site.yaml", "places: [hohhot,", "places: [hohot," },
        { "unknown plan", "content/places/changji/place.yaml", "plans: [eco-plan]", "plans: [eco-plans]" },
        { "missing source", "content/places/bayannur/eco-plan.yaml", "source: 004_3798f38f41d0bc2b.txt", "source: 004_missing.txt" },
        { "number not in source", "content/places/changji/eco-plan.yaml", "doc_number: 昌市政办发〔2022〕12号", "doc_number: 昌市政办发〔2022〕13号" },
        { "broken front matter", "content/places/wuhai/beautiful-wuhai.md", "---\nplan: wuhai/beautiful-wuhai", "--\nplan: wuhai/beautiful-wuhai" },
        { "wrong plan in front matter", "content/places/wuhai/beautiful-wuhai.md", "plan: wuhai/beautiful-wuhai", "plan: wuhai/other" },
        { "duplicate anchor", "content/places/hohhot/eco-plan.md", "### 第二节 生态环境保护工作进入新阶段", "### 第一节 生态环境保护工作进入新阶段" },
        { "list syntax in plan text", "content/places/hohhot/eco-plan.md", "#### 1.生态保护建设成果丰硕", "- 生态保护建设成果丰硕" },
        { "template error", "templates/pages/home.scriban-html", "{{ site.tagline }}", "{{ site.no_such_member }}" },
        { "template syntax error", "templates/pages/place.scriban-html", "{{~ for card in place.plans }}", "{{~ for card in place.plans" },
        { "missing translation", "templates/i18n/en/site.yaml", "home.browse: Read in full\n", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Given_bad_input_When_building_Then_the_error_names_the_file_and_line_and_the_site_is_kept(
        string what, string file, string find, string replace)
    {
        using var project = new ScratchProject();
        project.Edit(file, text => ReplaceOnce(text, find, replace));
        var target = project.PathOf("site-output");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "index.html"), "previously published");

        var errors = new StringWriter();
        var exit = BuildCommand.Run(project.Paths, new BuildLog(TextWriter.Null, quiet: true), target, errors);

        var message = errors.ToString();
        Assert.True(exit == 1, $"{what}: exit code {exit}, output: {message}");
        var shownFile = file.StartsWith("templates/i18n", StringComparison.Ordinal) ? "templates/i18n/" : file;
        Assert.Contains(shownFile, message);
        if (!file.StartsWith("templates/i18n", StringComparison.Ordinal))
            Assert.Matches(new Regex(Regex.Escape(file) + @":\d+"), message);
        Assert.Equal(["index.html"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Equal("previously published", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Single(Directory.GetDirectories(project.Root), d => d.EndsWith("site-output", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_good_input_When_building_Then_the_site_replaces_the_previous_one()
    {
        using var project = new ScratchProject();
        var target = project.PathOf("site-output");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "stale.html"), "old");
        var exit = BuildCommand.Run(project.Paths, new BuildLog(TextWriter.Null, quiet: true), target, new StringWriter());
        Assert.Equal(0, exit);
        Assert.False(File.Exists(Path.Combine(target, "stale.html")));
        Assert.True(File.Exists(Path.Combine(target, "hohhot", "eco-plan", "ch5", "index.html")));
    }

    static string ReplaceOnce(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{find}' not found");
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
