using Markdig.Extensions.Tables;

namespace SiteGen.Markup.Extensions.PlanTables;

/// <summary>
/// Merged cells of the printed tables, written in pipe tables as MultiMarkdown does: a cell "^^" is
/// covered by the cell above it, a cell "&lt;&lt;" by the cell to its left. Works out which cells are
/// covered and the row and column span of the cells that cover them.
/// A grid column in which no cell begins (every row merges across it, as in a 专栏 box whose rows are
/// each one "&lt;&lt;"-merged cell) is left out: HTML does not allow a column without a cell starting in
/// it, so <see cref="Columns"/> and <see cref="ColumnSpanOf"/> count only the columns that remain.
/// </summary>
public sealed class TableSpans
{
    readonly HashSet<TableCell> covered = [];
    readonly Dictionary<TableCell, int> columnOf = [];
    readonly bool[] starts;

    public TableSpans(Table table)
    {
        var tableRows = table.OfType<TableRow>().ToArray();
        var rows = tableRows.Select(r => r.OfType<TableCell>().ToArray()).ToArray();
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = rows[r][c];
                var marker = PlainText.Of(cell).Trim();
                if (marker == "^^" && Origin(rows, r, c, up: true) is { } above) { covered.Add(cell); above.RowSpan = Math.Max(above.RowSpan, r - Row(rows, above) + 1); }
                else if (marker == "<<" && Origin(rows, r, c, up: false) is { } left) { covered.Add(cell); left.ColumnSpan = Math.Max(left.ColumnSpan, c - Column(rows[r], left) + 1); }
            }
        starts = new bool[Math.Max(table.ColumnDefinitions.Count, rows.Length == 0 ? 0 : rows.Max(r => r.Length))];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
            {
                columnOf[rows[r][c]] = c;
                if (!covered.Contains(rows[r][c]) && !IsBlankHeader(tableRows[r])) starts[c] = true;
            }
    }

    /// <summary>The number of columns of the HTML table: grid columns in which some cell begins.</summary>
    public int Columns => starts.Count(s => s);

    /// <summary>How many HTML table columns a cell spans (its merged grid columns that remain).</summary>
    public int ColumnSpanOf(TableCell cell)
    {
        var first = columnOf[cell];
        var last = Math.Min(first + Math.Max(cell.ColumnSpan, 1), starts.Length);
        var span = 0;
        for (var c = first; c < last; c++) if (starts[c]) span++;
        return Math.Max(span, 1);
    }

    public bool IsCovered(TableCell cell) => covered.Contains(cell);

    /// <summary>A header row of empty cells means "no header" (a 专栏 box): it is not rendered.</summary>
    public static bool IsBlankHeader(TableRow row) => row.IsHeader && row.OfType<TableCell>().All(c => PlainText.Of(c).Trim().Length == 0);

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
