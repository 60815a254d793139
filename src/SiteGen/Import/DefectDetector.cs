using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Flags words that look like defects of the source (lost numerals, missing heading numbers, doubled
/// characters) so that a person looks and, where it is one, writes an editor's note. A line that has a
/// note already is not flagged again.
/// </summary>
public static partial class DefectDetector
{
    static readonly (Regex Pattern, string What)[] Suspects =
    [
        (LostClassNumeral(), "water class without its numeral (e.g. 保持在类): a Roman numeral was lost"),
        (EmptyHeadingNumber(), "heading number without its numeral: ()"),
        (UnclosedHeadingNumber(), "heading number without its closing bracket"),
        (BareEnumerationComma(), "line starts with '、': its numeral was lost"),
        (DoubledVerb(), "doubled verb (到达到): a character too many or too few"),
        (DoubledPhrase(), "a phrase written twice in a row (控制在控制在)"),
    ];

    public static void Check(ImportContext ctx, IEnumerable<int> lines)
    {
        foreach (var n in lines)
        {
            if (ctx.Clutter.Contains(n) || ctx.Notes.HasNoteOn(n)) continue;
            var text = TextCleaner.Clean(ctx.Source[n]);
            foreach (var (pattern, what) in Suspects)
                foreach (Match m in pattern.Matches(text))
                    ctx.Warn(n, $"suspected source defect '{m.Value}': {what}; add an editor's note under 'notes' if it is one");
        }
    }

    [GeneratedRegex(@"(保持在|稳定在|达到|好于|优于|劣|为|于)类(?![别型似])")] private static partial Regex LostClassNumeral();
    [GeneratedRegex(@"^[（(][）)]")] private static partial Regex EmptyHeadingNumber();
    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+(?![一二三四五六七八九十）)])")] private static partial Regex UnclosedHeadingNumber();
    [GeneratedRegex(@"^、")] private static partial Regex BareEnumerationComma();
    [GeneratedRegex(@"到达到|达到到")] private static partial Regex DoubledVerb();
    [GeneratedRegex(@"([\u4e00-\u9fff]{3,})\1")] private static partial Regex DoubledPhrase();
}
