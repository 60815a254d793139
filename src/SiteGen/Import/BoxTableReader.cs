using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// A 专栏 box (a boxed list of projects in the printed plan) becomes a two-column table: item title,
/// item text, under the box title as caption. Changji packs each box into one line ending in " |",
/// items starting "1." and a space where the printed box broke the line after the item's title;
/// Bayannur writes the title, then each item as a (bold) "（一）…" line or a "&lt;p&gt;&lt;b&gt;" HTML line
/// followed by its text.
/// </summary>
public static partial class BoxTableReader
{
    public static int FindEnd(ImportContext ctx, LineRange document, int start)
    {
        var last = start;
        for (var k = start + 1; k <= document.Last; k++)
        {
            if (ctx.IsBlank(k) || ctx.Clutter.Contains(k)) continue;
            var text = EditorNotes.Plain(ctx.Cleaned(k));
            if (text.EndsWith('|')) return k;
            var plain = HeadingRules.StripNotation(text, out var notation);
            var kind = HeadingRules.Classify(plain, notation);
            if (kind is HeadingKind.Chapter or HeadingKind.Section || HeadingRules.IsBox(plain)) return last;
            last = k;
        }
        return last;
    }

    public static TableImport Read(ImportContext ctx, TableRegion region)
    {
        var start = region.Lines.First;
        var caption = HeadingRules.StripNotation(ctx.Cleaned(start), out _);
        var rows = new List<TableCellImport?[]>();
        List<string>? text = null;
        int textLine = 0;

        void Flush()
        {
            if (text is null) return;
            var body = text.Aggregate(TextCleaner.Join);
            if (rows.Count > 0 && rows[^1][1] is null) rows[^1][1] = new TableCellImport(textLine, body);
            else rows.Add([new TableCellImport(textLine, body) { ColSpan = 2 }, null]);
            text = null;
        }

        foreach (var n in region.Lines.All().Skip(1))
        {
            if (ctx.IsBlank(n) || ctx.Clutter.Contains(n)) continue;
            var raw = ctx.Source[n].Trim();
            if (raw.EndsWith('|'))
            {
                Flush();
                foreach (var item in PackedItem().Split(raw.TrimEnd('|', ' ')))
                    rows.Add(SplitAtLostLineBreak(ctx, n, item));
                continue;
            }
            var html = HtmlItem().Match(raw);
            if (html.Success)
            {
                Flush();
                rows.Add([Cell(ctx, n, html.Groups[1].Value), Cell(ctx, n, html.Groups[2].Value)]);
                continue;
            }
            var plain = HeadingRules.StripNotation(ctx.Cleaned(n), out _);
            if (ItemTitle().IsMatch(EditorNotes.Plain(plain)))
            {
                Flush();
                rows.Add([new TableCellImport(n, plain), null]);
                continue;
            }
            text ??= [];
            if (text.Count == 0) textLine = n;
            text.Add(ctx.Cleaned(n));
        }
        Flush();
        foreach (var row in rows.Where(r => r[1] is null && r[0]!.ColSpan == 1))
            throw ctx.Error(row[0]!.Line, "a box item has a title but no text", "check the box's lines in the raw text; list a box with no items as paragraphs (a 'headings' hint with level 0)");
        return new TableImport(start, caption, 0, rows) { CaptionLine = start };
    }

    static TableCellImport Cell(ImportContext ctx, int line, string text) => new(line, ctx.Notes.Mark(line, TextCleaner.Clean(text)));

    /// <summary>"1.散煤治理工程 重点推进…": the first gap separates the item's title from its text.</summary>
    static TableCellImport?[] SplitAtLostLineBreak(ImportContext ctx, int line, string item)
    {
        var gap = Gap().Match(item);
        if (!gap.Success) return [new TableCellImport(line, ctx.Notes.Mark(line, TextCleaner.Clean(item))) { ColSpan = 2 }, null];
        return [Cell(ctx, line, item[..gap.Index]), Cell(ctx, line, item[(gap.Index + gap.Length)..])];
    }

    [GeneratedRegex(@"\s+(?=\d{1,2}[.．]\D)")] private static partial Regex PackedItem();
    [GeneratedRegex(@"[ \u00A0\u3000]+")] private static partial Regex Gap();
    [GeneratedRegex(@"^<p>\s*<b>(.*?)</b>\s*</p>\s*<p>(.*?)</p>$")] private static partial Regex HtmlItem();
    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")] private static partial Regex ItemTitle();
}
