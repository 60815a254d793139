using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Markup.Extensions.EditorNotes;

namespace SiteGen.Markup;

/// <summary>The text of a block or inline as a reader sees it, without editor's notes.</summary>
public static class PlainText
{
    public static string Of(MarkdownObject node)
    {
        var sb = new StringBuilder();
        Append(sb, node);
        return sb.ToString();
    }

    static void Append(StringBuilder sb, MarkdownObject node)
    {
        switch (node)
        {
            case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
            case EditorNoteInline note: sb.Append(note.Marked); break;
            case LineBreakInline: sb.Append(' '); break;
            case CodeInline code: sb.Append(code.Content); break;
            case HtmlEntityInline entity: sb.Append(entity.Transcoded.AsSpan()); break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(sb, child);
                break;
            case LeafBlock leaf when leaf.Inline is not null: Append(sb, leaf.Inline); break;
            case ContainerBlock blocks:
                foreach (var child in blocks) Append(sb, child);
                break;
        }
    }
}
