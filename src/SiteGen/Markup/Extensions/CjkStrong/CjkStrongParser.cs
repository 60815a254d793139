using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markup.Extensions.CjkStrong;

/// <summary>
/// Matches "**text**" within one line where the text is not empty and does not start or end with a
/// space, whatever characters surround it. The text becomes a literal inside a strong emphasis.
/// </summary>
public sealed class CjkStrongParser : InlineParser
{
    public CjkStrongParser() => OpeningCharacters = ['*'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekCharExtra(1) != '*') return false;
        var text = slice.Text;
        var start = slice.Start + 2;
        if (start > slice.End || text[start] is ' ' or '*' or '\n') return false;
        var close = text.IndexOf("**", start, slice.End - start + 1, StringComparison.Ordinal);
        if (close < 0 || text[close - 1] == ' ' || text.AsSpan(start, close - start).Contains('\n')) return false;

        var strong = new EmphasisInline { DelimiterChar = '*', DelimiterCount = 2, Span = new(slice.Start, close + 1) };
        strong.AppendChild(new LiteralInline(new StringSlice(Unescape(text.Substring(start, close - start)))));
        processor.Inline = strong;
        slice.Start = close + 2;
        return true;
    }

    static string Unescape(string s) =>
        s.Contains('\\') ? System.Text.RegularExpressions.Regex.Replace(s, @"\\([!-/:-@\[-`{-~])", "$1") : s;
}
