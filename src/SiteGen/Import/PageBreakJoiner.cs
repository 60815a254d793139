using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Re-joins sentences that a PDF page break split into two paragraphs ("森林覆盖" / "率达到 6.47%"): a
/// paragraph that does not end a sentence, followed directly by a paragraph that does not open a new
/// item, continues into it. Hints name the exceptions both ways.
/// </summary>
public static partial class PageBreakJoiner
{
    public static List<ImportBlock> Join(ImportContext ctx, List<ImportBlock> blocks)
    {
        var forced = ctx.Hints.Joins.ToHashSet();
        var refused = ctx.Hints.NoJoin.ToHashSet();
        var result = new List<ImportBlock>();
        foreach (var block in blocks)
        {
            if (block is ParagraphImport next && result.Count > 0 && result[^1] is ParagraphImport previous
                && !refused.Contains(next.Line)
                && (forced.Contains(next.Line) || (ctx.Hints.JoinPageBreaks && LooksSplit(previous.Text, next.Text))))
            {
                result[^1] = previous with
                {
                    Text = TextCleaner.Join(previous.Text, next.Text),
                    Lines = [.. previous.Lines, .. next.Lines],
                };
                forced.Remove(next.Line);
                ctx.Joined.Add((previous.Lines[^1], next.Line));
                continue;
            }
            result.Add(block);
        }
        foreach (var line in forced)
            throw ctx.Error(line, "this line is listed under 'joins' but does not follow a paragraph",
                "a join line must be a paragraph directly after another paragraph");
        return result;
    }

    static bool LooksSplit(string previous, string next)
    {
        var p = EditorNotes.Plain(previous);
        var n = EditorNotes.Plain(next);
        return !SentenceEnd().IsMatch(p) && !ItemStart().IsMatch(n);
    }

    [GeneratedRegex(@"([。！？；：…”」』）)】》.!?;:]|\*\*)$")] private static partial Regex SentenceEnd();
    [GeneratedRegex(@"^(——|\*\*|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、]|[一二三四五六七八九十]+、|表\s*\d|专栏)")] private static partial Regex ItemStart();
}
