using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Markup;
using SiteGen.Markup.Extensions.PlanTables;

namespace SiteGen.Figures;

/// <summary>
/// The table rows of a plan as a reader sees them: each row's cells by column, with merged cells
/// resolved (a "^^" cell shows the text of the cell above it that covers it), and the header of each
/// column. A row passage's text leaves covered cells out; <see cref="RowCells.Text"/> fills them in.
/// </summary>
public sealed class TableRows
{
    readonly Dictionary<string, RowCells> rows = new(StringComparer.Ordinal);

    public TableRows(PlanDocument document)
    {
        foreach (var table in document.Markdown.Descendants<Table>())
        {
            var spans = new TableSpans(table);
            var grid = table.OfType<TableRow>().ToList();
            var texts = grid.Select(r => r.OfType<TableCell>().Select(c => PlainText.Of(c).Trim()).ToArray()).ToList();
            var header = grid.FindIndex(r => r.IsHeader);
            var headers = header < 0 ? [] : texts[header].Select((_, c) => Origin(texts, header, c)).ToArray();
            for (var r = 0; r < grid.Count; r++)
            {
                var id = grid[r].GetAttributes().Id;
                if (grid[r].IsHeader || id is null) continue;
                var cells = new List<RowCell>();
                var offset = 0;
                var own = grid[r].OfType<TableCell>().ToArray();
                for (var c = 0; c < own.Length; c++)
                {
                    var covered = spans.IsCovered(own[c]);
                    if (covered && texts[r][c] == "<<") continue;
                    var text = covered ? Origin(texts, r, c) : texts[r][c];
                    cells.Add(new RowCell(c, c < headers.Length ? headers[c] : "", text, !covered, covered ? -1 : offset));
                    if (!covered) offset += text.Length + 3;
                }
                rows[id!] = new RowCells(id!, cells);
            }
        }
    }

    public RowCells? Find(string passageId) => rows.GetValueOrDefault(passageId);

    /// <summary>The text of the cell a marker cell stands for: up for "^^", left for "&lt;&lt;".</summary>
    static string Origin(List<string[]> texts, int r, int c)
    {
        while (true)
        {
            if (c >= texts[r].Length) return "";
            var text = texts[r][c];
            if (text == "^^" && r > 0) r--;
            else if (text == "<<" && c > 0) c--;
            else return text;
        }
    }
}

/// <summary>A cell of a row: its column, the column header, its text (filled in if merged), and where it
/// starts in the row passage's text (-1 for a covered cell, which that text leaves out).</summary>
public sealed record RowCell(int Column, string Header, string Text, bool IsOwn, int Offset);

public sealed record RowCells(string Id, IReadOnlyList<RowCell> Cells)
{
    /// <summary>The row's cells joined as in a passage's text, merged cells filled in.</summary>
    public string Text => string.Join(" | ", Cells.Select(c => c.Text));

    public RowCell? Column(string header) => Cells.FirstOrDefault(c => c.Header == header);
}
