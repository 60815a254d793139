using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Writes source text as Markdown inline content that renders back to exactly that text: ASCII
/// punctuation that Markdown would read as syntax is escaped, the source's own **bold** and
/// &lt;sub&gt; survive as Markdown, and editor's note marks become {==…==}{&gt;&gt;…&lt;&lt;}.
/// </summary>
public static partial class InlineMarkdown
{
    const char SubOpen = '\uE010', SubClose = '\uE011';
    const string Escaped = "\\`*_[]<>~^|{}#&!";

    public static string Write(string text, EditorNotes notes)
    {
        text = Subscript().Replace(text, m => $"{SubOpen}{m.Groups[1].Value}{SubClose}");
        var boldPairs = Bold().Matches(text).Count;
        var keepBold = boldPairs > 0 && Regex.Matches(text, @"\*\*").Count == boldPairs * 2;
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case EditorNotes.Open: sb.Append("{=="); break;
                case EditorNotes.Close:
                    var end = text.IndexOf(EditorNotes.End, i);
                    var note = notes[int.Parse(text.AsSpan(i + 1, end - i - 1), System.Globalization.CultureInfo.InvariantCulture)];
                    sb.Append("==}{>>").Append(note.Note);
                    if (note.NoteEn.Length > 0) sb.Append('|').Append(note.NoteEn);
                    sb.Append("<<}");
                    i = end;
                    break;
                case SubOpen or SubClose: sb.Append('~'); break;
                case '*' when keepBold && i + 1 < text.Length && text[i + 1] == '*': sb.Append("**"); i++; break;
                default:
                    if (Escaped.Contains(c) || (sb.Length == 0 && c is '-' or '+' or '=')) sb.Append('\\');
                    sb.Append(c);
                    break;
            }
        }
        var result = sb.ToString();
        // "1. text" at the start of a paragraph would become a list item.
        return ListMarker().Replace(result, "$1\\$2");
    }

    [GeneratedRegex(@"\s*<sub>\s*(.*?)\s*</sub>\s*")] private static partial Regex Subscript();
    [GeneratedRegex(@"\*\*[^*]+\*\*")] private static partial Regex Bold();
    [GeneratedRegex(@"^(\d{1,9})([.)]\s)")] private static partial Regex ListMarker();
}
