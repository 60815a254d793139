using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Page clutter that the web pages and PDF conversions around the plans carry: navigation, page tools,
/// view counters, tables of contents. Such lines are dropped and listed, never published as plan text.
/// </summary>
public static partial class ClutterRules
{
    static readonly (Regex Pattern, string Reason)[] Rules =
    [
        (Breadcrumb(), "breadcrumb"),
        (HomeBreadcrumb(), "breadcrumb"),
        (PageTools(), "page tools (收藏/打印/关闭/字号)"),
        (PrevNext(), "previous/next links (上一条/下一条)"),
        (ViewCounter(), "page metadata with view counter (浏览次数)"),
        (PortalSource(), "portal footer (来源)"),
        (TocEntry(), "table of contents entry with page number"),
        (TocTitle(), "table of contents heading"),
        (MetadataCell(), "portal metadata table (索引号/发布机构/文号…)"),
    ];

    /// <summary>The reason a cleaned line is clutter, or null if it is text.</summary>
    public static string? Match(string line)
    {
        foreach (var (pattern, reason) in Rules)
            if (pattern.IsMatch(line)) return reason;
        return null;
    }

    [GeneratedRegex(@"^(当前位置|您的位置|你的位置)[:：]")] private static partial Regex Breadcrumb();
    [GeneratedRegex(@"^首页(\s{2,}|\s*[>＞])")] private static partial Regex HomeBreadcrumb();
    [GeneratedRegex(@"^((收藏|打印|关闭|分享|字号[:：]?)\s*(大|中|小)?\s*)+$")] private static partial Regex PageTools();
    [GeneratedRegex(@"^(上一条|下一条|上一篇|下一篇)[:：]")] private static partial Regex PrevNext();
    [GeneratedRegex(@"浏览次数|阅读次数|点击数[:：]")] private static partial Regex ViewCounter();
    [GeneratedRegex(@"^来源[:：]\S*$")] private static partial Regex PortalSource();
    [GeneratedRegex(@"\.{3,}(\s|</?b>)*\d+(\s|</?b>)*$")] private static partial Regex TocEntry();
    [GeneratedRegex(@"^#*\s*目\s*录$")] private static partial Regex TocTitle();
    [GeneratedRegex(@"^(索\s*引\s*号|发布机构|名\s*称|文\s*号|来\s*源|内容概述)\s*\|")] private static partial Regex MetadataCell();
}
