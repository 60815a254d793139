using Markdig.Syntax.Inlines;

namespace SiteGen.Markup.Extensions.EditorNotes;

/// <summary>Words of the source marked as defective, with the editor's note on them (zh, and en if given).</summary>
public sealed class EditorNoteInline : LeafInline
{
    public required string Marked { get; init; }
    public required string Note { get; init; }
    public string NoteEn { get; init; } = "";
}
