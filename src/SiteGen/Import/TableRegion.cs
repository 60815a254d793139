using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>Lines of the source that hold one flattened table, and how it was flattened.</summary>
/// <param name="ByRules">Found by the general rules, not named in a hint.</param>
public sealed record TableRegion(LineRange Lines, TableHint Hint, bool ByRules = false)
{
    public string Layout => Hint.Layout;
}

/// <summary>
/// Finds flattened tables: regions named in the hints first, then the shapes the general rules know
/// (tab-separated rows, cells ending in " |", a 序号 header with one cell per line, a 专栏 box).
/// Automatically found tables are reported as warnings so that someone checks them.
/// </summary>
public static partial class TableRegionFinder
{
    public static List<TableRegion> Find(ImportContext ctx, LineRange document)
    {
        var regions = new List<TableRegion>();
        foreach (var hint in ctx.Hints.Tables)
        {
            var range = LineRange.Parse(hint.Lines, hint.Location);
            if (document.Contains(range.First)) regions.Add(new TableRegion(range, hint));
        }
        bool Taken(int n) => regions.Any(r => r.Lines.Contains(n) || r.Hint.Caption == n);

        for (var n = document.First; n <= document.Last; n++)
        {
            if (Taken(n) || ctx.Clutter.Contains(n) || ctx.IsBlank(n)) continue;
            var found = Detect(ctx, document, n, Taken) is { } detected ? detected with { ByRules = true } : null;
            if (found is null) continue;
            regions.Add(found);
            ctx.Warn(n, $"found a {found.Layout} table at lines {found.Lines} by the general rules: check it, and add a 'tables' hint if it is wrong");
            n = found.Lines.Last;
        }
        return regions.OrderBy(r => r.Lines.First).ToList();
    }

    static TableRegion? Detect(ImportContext ctx, LineRange document, int n, Func<int, bool> taken)
    {
        var line = ctx.Source[n];
        var text = ctx.Cleaned(n);
        int? caption = PreviousTextLine(ctx, n) is { } p && CaptionLine().IsMatch(ctx.Cleaned(p)) && !taken(p) ? p : null;

        if (line.Contains('\t'))
        {
            var last = Extend(ctx, document, n, k => ctx.Source[k].Contains('\t'));
            return new TableRegion(new LineRange(n, last), new TableHint { Layout = "tabs", Caption = caption });
        }
        if (text.EndsWith('|'))
        {
            var last = Extend(ctx, document, n, k => ctx.Cleaned(k).EndsWith('|'));
            if (last == n) return null;
            return new TableRegion(new LineRange(n, last), new TableHint { Layout = "pipe-cells", Caption = caption });
        }
        if (text == "序号")
        {
            var last = Extend(ctx, document, n, _ => true);
            return new TableRegion(new LineRange(n, last), new TableHint { Layout = "numbered-rows", Caption = caption });
        }
        var plain = HeadingRules.StripNotation(EditorNotes.Plain(text), out _);
        if (HeadingRules.IsBox(plain))
        {
            var last = BoxTableReader.FindEnd(ctx, document, n);
            return new TableRegion(new LineRange(n, last), new TableHint { Layout = "box" });
        }
        return null;
    }

    /// <summary>The last line of the run starting at n whose non-blank lines all satisfy the test.</summary>
    static int Extend(ImportContext ctx, LineRange document, int n, Func<int, bool> belongs)
    {
        var last = n;
        for (var k = n + 1; k <= document.Last; k++)
        {
            if (ctx.IsBlank(k)) continue;
            if (ctx.Clutter.Contains(k) || !belongs(k)) break;
            last = k;
        }
        return last;
    }

    static int? PreviousTextLine(ImportContext ctx, int n)
    {
        for (var k = n - 1; k >= 1; k--)
            if (!ctx.IsBlank(k)) return k;
        return null;
    }

    [GeneratedRegex(@"^表\s*[\d一二三四五六七八九十]")] private static partial Regex CaptionLine();
}
