using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markup.Extensions.PlanTables;

/// <summary>
/// A paragraph "Table: …" directly before a table is that table's caption (pandoc's convention). The
/// paragraph is moved into the table's data and its "Table: " prefix removed.
/// </summary>
public static class TableCaption
{
    const string Prefix = "Table: ";

    public static ParagraphBlock? Of(Table table) => table.GetData(typeof(TableCaption)) as ParagraphBlock;

    /// <summary>If the block is a caption paragraph followed by a table, attaches it and returns true.</summary>
    public static bool TryAttach(Block block, Block? next)
    {
        if (block is not ParagraphBlock paragraph || next is not Table table) return false;
        if (paragraph.Inline?.FirstChild is not LiteralInline first) return false;
        var content = first.Content;
        if (!content.AsSpan().StartsWith(Prefix, StringComparison.Ordinal)) return false;
        first.Content = new Markdig.Helpers.StringSlice(content.Text, content.Start + Prefix.Length, content.End);
        table.SetData(typeof(TableCaption), paragraph);
        return true;
    }
}
