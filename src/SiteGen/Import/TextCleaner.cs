using System.Text;

namespace SiteGen.Import;

/// <summary>
/// Whitespace rules for Chinese text converted from web pages and PDFs: indentation, U+00A0 runs and
/// PDF word gaps are layout, not text. A gap touching a Han character or CJK punctuation is dropped; a
/// gap between two Latin letters or digits becomes one space. Nothing else is changed.
/// </summary>
public static class TextCleaner
{
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u3000' or '\u2002' or '\u2003' or '\u200B';

    public static bool IsBlank(string line) => line.All(IsSpace);

    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFFEF' or '\u2014' or '\u2026' or '\u201C' or '\u201D' or '\u2018' or '\u2019'
            or '\u00B7';

    /// <summary>Joins two pieces of one sentence or cell split by a line or page break.</summary>
    public static string Join(string first, string second) =>
        first.Length == 0 || second.Length == 0 || IsCjk(first[^1]) || IsCjk(second[0]) || first[^1] == EditorNotes.End
            ? first + second
            : first + " " + second;

    public static string Clean(string text)
    {
        var s = text.AsSpan().Trim(" \t\u00A0\u3000\u2002\u2003\u200B");
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (!IsSpace(s[i])) { sb.Append(s[i]); continue; }
            var j = i;
            while (j < s.Length && IsSpace(s[j])) j++;
            var before = sb.Length > 0 ? sb[^1] : ' ';
            var after = j < s.Length ? s[j] : ' ';
            if (!IsCjk(before) && !IsCjk(after)) sb.Append(' ');
            i = j - 1;
        }
        return sb.ToString();
    }
}
