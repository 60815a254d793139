using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Commands;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Topics;

/// <summary>Wrong topic, glossary and alignment content stops the build with the file and line to fix.</summary>
public sealed class TopicBadInputTests
{
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        { "override of no section", "content/places/hohhot/topics.yaml", "at: eco-plan#ch2-s1", "at: eco-plan#ch2-s9", "content/places/hohhot/topics.yaml:" },
        { "unknown topic", "content/places/changji/topics.yaml", "add: [water, waste]", "add: [water, wastes]", "content/places/changji/topics.yaml:" },
        { "override that changes nothing", "content/places/hohhot/topics.yaml", "sections:\n", "sections:\n  - at: eco-plan#ch5-s1\n    add: [air]\n", "content/places/hohhot/topics.yaml:" },
        { "topic without a name", "content/topics.yaml", "name: { zh: 大气, en: Air }", "name: { zh: 大气, en: '' }", "content/topics.yaml:" },
        { "glossary term of unknown topic", "content/glossary.yaml", "topic: air\n    definition:\n      zh: 常温下", "topic: sky\n    definition:\n      zh: 常温下", "content/glossary.yaml:" },
        { "glossary form of two terms", "content/glossary.yaml", "match: [散乱污]", "match: [散乱污, 扬尘]", "content/glossary.yaml:" },
        { "glossary reference to no term", "content/glossary.yaml", "see: [forest-chief]", "see: [forest-chiefs]", "content/glossary.yaml:" },
        { "glossary term of unknown indicator", "content/glossary.yaml", "indicator: pm25", "indicator: pm2-5", "content/glossary.yaml:" },
        { "alignment of no chapter", "content/chapter-alignment.yaml", "changji/eco-plan: [ch10]", "changji/eco-plan: [ch13]", "content/chapter-alignment.yaml:" },
        { "alignment missing a chapter", "content/chapter-alignment.yaml", "changji/eco-plan: [ch10]", "changji/eco-plan: []", "content/chapter-alignment.yaml:" },
        { "alignment with a chapter twice", "content/chapter-alignment.yaml", "hohhot/eco-plan: [ch4-s8]", "hohhot/eco-plan: [ch4-s8, ch4-s7]", "content/chapter-alignment.yaml:" },
        { "catalog topic named otherwise", "content/indicators.yaml", "name: { zh: 大气, en: Air }", "name: { zh: 空气, en: Air }", "content/indicators.yaml:" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Given_bad_reading_content_When_building_Then_the_error_names_the_file_and_line(
        string what, string file, string find, string replace, string expected)
    {
        using var project = new ScratchProject();
        project.Edit(file, text => ReplaceOnce(text, find, replace));
        var errors = new StringWriter();
        var exit = BuildCommand.Run(project.Paths, new BuildLog(TextWriter.Null, quiet: true), project.PathOf("site-output"), errors);
        var message = errors.ToString();
        Assert.True(exit == 1, $"{what}: exit code {exit}, output: {message}");
        Assert.Matches(new Regex(Regex.Escape(expected) + @"\d+"), message);
    }

    [Fact]
    public void Given_a_section_the_rules_give_no_topic_When_its_reason_is_removed_Then_the_build_names_the_section_and_the_file_to_edit()
    {
        using var project = new ScratchProject();
        project.Edit("content/places/hohhot/topics.yaml", text => Regex.Replace(text, @"  - at: eco-plan#ch2-s1\n(    .*\n)+", ""));
        var errors = new StringWriter();
        var exit = BuildCommand.Run(project.Paths, new BuildLog(TextWriter.Null, quiet: true), project.PathOf("site-output"), errors);
        Assert.Equal(1, exit);
        Assert.Matches(@"content/places/hohhot/eco-plan\.md:\d+:\d+: error: section hohhot/eco-plan#ch2-s1 \(第一节 指导思想\) has no topic", errors.ToString());
        Assert.Contains("content/places/hohhot/topics.yaml", errors.ToString());
    }

    static string ReplaceOnce(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{find}' not found");
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
