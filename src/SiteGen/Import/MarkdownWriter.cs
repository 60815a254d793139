using System.Text;

namespace SiteGen.Import;

/// <summary>
/// Writes an imported document as the Markdown of content/places/&lt;place&gt;/&lt;plan&gt;.md: front
/// matter, then headings, paragraphs and pipe tables. Table conventions (see README): a paragraph
/// "Table: …" just before a table is its caption; a cell "^^" is covered by the cell above, a cell
/// "&lt;&lt;" by the cell to its left; an all-empty header row means the table has no header.
/// </summary>
public static class MarkdownWriter
{
    public static string Write(ImportedDocument document, string planId, string sourceName, EditorNotes notes, string hintsPath)
    {
        var sb = new StringBuilder();
        sb.Append("---\n")
          .Append("plan: ").Append(planId).Append('\n')
          .Append("source: ").Append(sourceName).Append('\n')
          .Append("lines: ").Append(document.Lines).Append('\n')
          .Append("generator: sitegen import; edit ").Append(hintsPath).Append(" and re-import, not this file\n")
          .Append("---\n");
        foreach (var block in document.Blocks)
        {
            sb.Append('\n');
            switch (block)
            {
                case HeadingImport h:
                    sb.Append('#', h.Level).Append(' ').Append(InlineMarkdown.Write(h.Text, notes)).Append('\n');
                    break;
                case ParagraphImport p:
                    sb.Append(InlineMarkdown.Write(p.Text, notes)).Append('\n');
                    break;
                case TableImport t:
                    WriteTable(sb, t, notes);
                    break;
            }
        }
        return sb.ToString();
    }

    static void WriteTable(StringBuilder sb, TableImport table, EditorNotes notes)
    {
        if (table.Caption is { } caption) sb.Append("Table: ").Append(InlineMarkdown.Write(caption, notes)).Append("\n\n");
        var columns = table.Rows.Max(r => r.Length);
        var rows = table.Rows;
        var covered = Coverage(rows, columns);
        var start = 0;
        if (table.HeaderRows == 0)
        {
            sb.Append('|').Append(string.Concat(Enumerable.Repeat("  |", columns))).Append('\n');
        }
        else
        {
            WriteRow(sb, rows[0], covered[0], notes);
            start = 1;
        }
        sb.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", columns))).Append('\n');
        for (var r = start; r < rows.Count; r++) WriteRow(sb, rows[r], covered[r], notes);
    }

    static void WriteRow(StringBuilder sb, TableCellImport?[] row, string?[] covered, EditorNotes notes)
    {
        sb.Append('|');
        for (var c = 0; c < row.Length; c++)
        {
            var text = row[c] is { } cell ? InlineMarkdown.Write(cell.Text, notes) : covered[c] ?? "";
            sb.Append(' ').Append(text.Length == 0 ? "" : text).Append(text.Length == 0 ? " |" : " |");
        }
        sb.Append('\n');
    }

    /// <summary>For each empty slot: "^^" if a cell above spans into it, "&lt;&lt;" if a cell to its left does.</summary>
    static string?[][] Coverage(List<TableCellImport?[]> rows, int columns)
    {
        var result = rows.Select(_ => new string?[columns]).ToArray();
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < columns; c++)
            {
                if (c >= rows[r].Length || rows[r][c] is not { } cell) continue;
                for (var dr = 0; dr < cell.RowSpan; dr++)
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                    {
                        if (dr == 0 && dc == 0) continue;
                        if (r + dr < rows.Count && c + dc < columns)
                            result[r + dr][c + dc] = dc > 0 ? "<<" : "^^";
                    }
            }
        return result;
    }
}
