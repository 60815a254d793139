using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;

namespace SiteGen.Markup.Extensions.EditorNotes;

/// <summary>
/// Parses CriticMarkup's highlight-and-comment pair, which the importer writes around source defects:
/// <c>{==保持在类==}{&gt;&gt;原文缺少…|The numeral is missing…&lt;&lt;}</c>.
/// </summary>
public sealed partial class EditorNoteParser : InlineParser
{
    public EditorNoteParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var at = slice.Start;
        if (string.CompareOrdinal(text, at, "{==", 0, 3) != 0) return false;
        var markEnd = text.IndexOf("==}{>>", at + 3, StringComparison.Ordinal);
        if (markEnd < 0 || markEnd > slice.End) return false;
        var noteEnd = text.IndexOf("<<}", markEnd + 6, StringComparison.Ordinal);
        if (noteEnd < 0 || noteEnd > slice.End) return false;

        var note = text.Substring(markEnd + 6, noteEnd - markEnd - 6);
        var bar = note.IndexOf('|');
        processor.Inline = new EditorNoteInline
        {
            Marked = Unescape(text.Substring(at + 3, markEnd - at - 3)),
            Note = bar < 0 ? note : note[..bar],
            NoteEn = bar < 0 ? "" : note[(bar + 1)..],
            Span = new(at, noteEnd + 2),
        };
        slice.Start = noteEnd + 3;
        return true;
    }

    static string Unescape(string s) => Escape().Replace(s, "$1");

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")] private static partial Regex Escape();
}
