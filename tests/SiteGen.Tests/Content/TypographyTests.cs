using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>Chinese pages are marked as Chinese, and plan text has no stray space between Han characters.</summary>
public sealed partial class TypographyTests
{
    [Fact]
    public void Given_every_zh_page_When_read_Then_it_is_marked_zh_CN_and_its_plan_text_has_no_stray_spaces()
    {
        var site = BuiltSite.Context;
        var problems = new List<string>();
        foreach (var path in site.Output.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && !p.StartsWith("en/", StringComparison.Ordinal)))
        {
            var doc = BuiltSite.Page(path);
            if (doc.DocumentElement.GetAttribute("lang") != "zh-CN") problems.Add($"{path}: lang is not zh-CN");
            foreach (var text in doc.QuerySelectorAll(".plan-text p, .plan-text td, .plan-text th, .plan-text caption"))
                foreach (Match m in HanGap().Matches(text.TextContent))
                    problems.Add($"{path}#{text.Id}: '{m.Value}'");
            foreach (var heading in doc.QuerySelectorAll(".plan-text h2, .plan-text h3, .plan-text h4"))
                foreach (Match m in HanGap().Matches(NumberGap().Replace(heading.TextContent, "$1")))
                    problems.Add($"{path}#{heading.Id}: '{m.Value}'");
        }
        Assert.Empty(problems.Take(10));
    }

    /// <summary>Whitespace with a Han character or CJK punctuation on both sides.</summary>
    [GeneratedRegex(@"[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF][\s\u00A0]+[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]")]
    private static partial Regex HanGap();

    /// <summary>The gap after a heading's number (第一章 生态…) is the source's typography, not a stray space.</summary>
    [GeneratedRegex(@"^(第[一二三四五六七八九十]+[章节])\s")]
    private static partial Regex NumberGap();
}
