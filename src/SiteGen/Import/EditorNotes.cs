using System.Text;
using SiteGen.Content;

namespace SiteGen.Import;

/// <summary>
/// Editor's notes on source defects. The importer marks the defective words in the line where they
/// occur with private-use sentinels, so the mark survives joining, heading and table handling; the
/// Markdown writer turns it into <c>{==defect==}{&gt;&gt;note zh|note en&lt;&lt;}</c>.
/// </summary>
public sealed class EditorNotes
{
    public const char Open = '\uE000', Close = '\uE001', End = '\uE002';

    readonly List<NoteHint> notes;
    readonly HashSet<NoteHint> used = [];

    public EditorNotes(IEnumerable<NoteHint> hints)
    {
        notes = hints.ToList();
        foreach (var note in notes)
        {
            if (note.Match.Length == 0 || note.Note.Length == 0)
                throw new ContentException(note.Location, "an editor's note needs 'match' (the defective words) and 'note'", "see README, 'Adding a plan': notes have line, match, note and note_en");
            if (note.Note.Contains('|') || note.Note.Contains("<<}") || note.NoteEn.Contains('|') || note.NoteEn.Contains("<<}"))
                throw new ContentException(note.Location, "an editor's note may not contain '|' or '<<}'", "these characters end a note in the Markdown; reword the note");
        }
    }

    public IReadOnlyList<NoteHint> All => notes;

    /// <summary>Marks the notes of this line that occur in the given text (a whole line, or one cell of it).
    /// A note whose words are in no part of its line is reported by <see cref="CheckAllUsed"/>.</summary>
    public string Mark(int line, string cleaned)
    {
        foreach (var (note, index) in notes.Select((n, i) => (n, i)).Where(p => p.n.Line == line && !used.Contains(p.n)))
        {
            var at = cleaned.IndexOf(note.Match, StringComparison.Ordinal);
            if (at < 0) continue;
            used.Add(note);
            cleaned = cleaned[..at] + Open + note.Match + Close + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + End
                      + cleaned[(at + note.Match.Length)..];
        }
        return cleaned;
    }

    public void CheckAllUsed(Func<int, string> lineText)
    {
        foreach (var note in notes.Where(n => !used.Contains(n)))
            throw new ContentException(note.Location, $"the words '{note.Match}' of this note are not in source line {note.Line}",
                $"line {note.Line} reads: {Shorten(lineText(note.Line))}");
    }

    public bool HasNoteOn(int line) => notes.Any(n => n.Line == line);

    public NoteHint this[int index] => notes[index];

    /// <summary>The text without note marks, for classification.</summary>
    public static string Plain(string text)
    {
        if (text.IndexOf(Open) < 0) return text;
        var sb = new StringBuilder(text.Length);
        var skipping = false;
        foreach (var c in text)
        {
            if (c == Open) continue;
            if (c == Close) { skipping = true; continue; }
            if (c == End) { skipping = false; continue; }
            if (!skipping) sb.Append(c);
        }
        return sb.ToString();
    }

    static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
