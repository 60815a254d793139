using SiteGen.Build;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>
/// `sitegen serve` rebuilds with what the previous build left (<see cref="BuildCache"/>) and skips every
/// page whose inputs did not change. Whatever it skips, it must publish exactly what a build from nothing
/// publishes: after each edit below (applied in turn to one project), the cached build's output is
/// compared byte for byte with a cold build of the same content.
/// </summary>
public sealed class IncrementalBuildTests
{
    const string Hohhot = "content/places/hohhot/eco-plan.md";
    const string Changji = "content/places/changji/eco-plan.md";

    static readonly (string Edit, Action<ScratchProject> Apply)[] Edits =
    [
        ("the end of a paragraph", p => p.Edit(Hohhot, t => Replace(t, "首府生态安全屏障功能逐步稳固。", "首府生态安全屏障功能逐步稳固（甲）。"))),
        ("the start of a section's first paragraph (its first lines in lists)", p => p.Edit(Hohhot, t =>
            Replace(t, "#### 1.生态保护建设成果丰硕\n\n", "#### 1.生态保护建设成果丰硕\n\n（乙）"))),
        ("a heading inside a section", p => p.Edit(Hohhot, t => Replace(t, "#### 2.生态环境质量稳中向好", "#### 2.生态环境质量稳中向好（丙）"))),
        ("a section heading (in tables of contents, topic lists and comparisons)", p => p.Edit(Changji, t =>
            Replace(t, "### 第一节 生态环境保护工作成效", "### 第一节 生态环境保护工作成效（丁）"))),
        ("a new paragraph (passage numbers after it move)", p => p.Edit(Changji, t =>
            Replace(t, "#### 2.中央生态环境保护督察问题整改工作有序推进\n\n", "#### 2.中央生态环境保护督察问题整改工作有序推进\n\n新增一段（戊）。\n\n"))),
        ("the plan's front matter", p => p.Edit(Hohhot, t => Replace(t, "generator: sitegen import;", "generator: sitegen import (edited);"))),
        ("the first paragraph of the text (the plan page's front text)", p => p.Edit(Hohhot, t =>
            Replace(t, "呼和浩特市人民政府印发关于", "呼和浩特市人民政府（己）印发关于"))),
        ("the end of the plan's longest paragraph (shown in full on compare pages, not in lists)", p => p.Edit(Hohhot, t =>
        {
            var longest = t.Split('\n').Where(l => l.Length > 0 && l[0] is not ('#' or '|' or '-')).MaxBy(l => l.Length)!;
            return Replace(t, longest, longest.TrimEnd('。') + "（辛）。");
        })),
        ("a heading inside a section that now names a topic (topic parts change)", p => p.Edit(Changji, t =>
            Replace(t, "#### 4.技术支撑保障持续有效", "#### 4.大气污染防治技术支撑保障持续有效"))),
        ("a glossary entry (YAML parsed again, plan texts linked again)", p => p.Edit("content/glossary.yaml", t =>
            Replace(t, "    en: Binding indicator\n", "    en: Binding indicator (edited)\n"))),
        ("a paragraph after the glossary edit", p => p.Edit(Changji, t =>
            Replace(t, "#### 3.全国第二次污染源普查圆满完成\n\n", "#### 3.全国第二次污染源普查圆满完成\n\n（庚）"))),
    ];

    [Fact]
    public void Given_a_build_cache_When_plan_texts_are_edited_in_turn_Then_each_cached_build_publishes_what_a_cold_build_does()
    {
        using var project = new ScratchProject(inMemory: true);
        var cache = new BuildCache();
        Build(project, cache);
        foreach (var (edit, apply) in Edits)
        {
            apply(project);
            var cached = Build(project, cache);
            var cold = Build(project, new BuildCache());
            Assert.Equal(cold.Paths, cached.Paths);
            var differing = cold.Paths.Where(path => !cold.Get(path).AsSpan().SequenceEqual(cached.Get(path))).ToList();
            Assert.True(differing.Count == 0, $"after editing {edit}, the cached build differs from a cold build in: {string.Join(", ", differing.Take(10))}");
        }
    }

    static SiteOutput Build(ScratchProject project, BuildCache cache) =>
        new BuildPipeline(project.Paths, new BuildLog(TextWriter.Null, quiet: true), cache).Run(publishTo: null).Context.Output;

    static string Replace(string text, string old, string replacement)
    {
        Assert.Contains(old, text);
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }
}
