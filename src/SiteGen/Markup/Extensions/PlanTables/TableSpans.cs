using Markdig.Extensions.Tables;

namespace SiteGen.Markup.Extensions.PlanTables;

/// <summary>
/// Merged cells of the printed tables, written in pipe tables as MultiMarkdown does: a cell "^^" is
/// covered by the cell above it, a cell "&lt;&lt;" by the cell to its left. Works out which cells are
/// covered and the row and column span of the cells that cover them.
/// </summary>
public sealed class TableSpans
{
    readonly HashSet<TableCell> covered = [];

    public TableSpans(Table table)
    {
        var rows = table.OfType<TableRow>().Select(r => r.OfType<TableCell>().ToArray()).ToArray();
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = rows[r][c];
                var marker = PlainText.Of(cell).Trim();
                if (marker == "^^" && Origin(rows, r, c, up: true) is { } above) { covered.Add(cell); above.RowSpan = Math.Max(above.RowSpan, r - Row(rows, above) + 1); }
                else if (marker == "<<" && Origin(rows, r, c, up: false) is { } left) { covered.Add(cell); left.ColumnSpan = Math.Max(left.ColumnSpan, c - Column(rows[r], left) + 1); }
            }
    }

    public bool IsCovered(TableCell cell) => covered.Contains(cell);

    TableCell? Origin(TableCell[][] rows, int r, int c, bool up)
    {
        if (up)
        {
            for (var i = r - 1; i >= 0; i--)
                if (c < rows[i].Length && !IsMarker(rows[i][c], "^^")) return covered.Contains(rows[i][c]) ? null : rows[i][c];
        }
        else
        {
            for (var j = c - 1; j >= 0; j--)
                if (!IsMarker(rows[r][j], "<<")) return covered.Contains(rows[r][j]) ? null : rows[r][j];
        }
        return null;
    }

    static bool IsMarker(TableCell cell, string marker) => PlainText.Of(cell).Trim() == marker;
    static int Row(TableCell[][] rows, TableCell cell) => Array.FindIndex(rows, r => r.Contains(cell));
    static int Column(TableCell[] row, TableCell cell) => Array.IndexOf(row, cell);
}
