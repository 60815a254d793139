using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markup.Extensions.EditorNotes;

/// <summary>
/// The marked words stay as published, highlighted; the note follows in brackets, visibly, so that a
/// reader sees it without hovering or scripts. The note is a plain span, not role="note": notes also
/// stand in headings, where a landmark-like role is not allowed, and its visible label says what it is.
/// </summary>
public sealed class HtmlEditorNoteRenderer(PlanRenderOptions options) : HtmlObjectRenderer<EditorNoteInline>
{
    protected override void Write(HtmlRenderer renderer, EditorNoteInline note)
    {
        var text = options.Language == "en" && note.NoteEn.Length > 0 ? note.NoteEn : note.Note;
        renderer.Write("<mark class=\"defect\">").WriteEscape(note.Marked).Write("</mark>");
        renderer.Write("<span class=\"ednote\"><span class=\"ednote-label\">")
            .WriteEscape(options.Labels.EditorsNote).Write("</span>")
            .WriteEscape(text).Write("</span>");
    }
}
