namespace SiteGen.Import;

/// <summary>
/// Lays cells out row by row into a fixed number of columns, keeping track of cells that span down
/// from rows above (a merged cell of the printed table).
/// </summary>
public sealed class TableGrid(int columns)
{
    readonly List<TableCellImport?[]> rows = [];
    readonly int[] spanningRowsLeft = new int[columns];
    readonly TableCellImport?[] spanningCell = new TableCellImport?[columns];

    public int Columns { get; } = columns;
    public List<TableCellImport?[]> Rows => rows;

    /// <summary>Columns still free in the next row (not covered by a cell from above).</summary>
    public int FreeColumns => spanningRowsLeft.Count(n => n == 0);

    /// <summary>Adds a row from its cells; cells fill the free columns left to right. With
    /// <paramref name="spanAll"/>, a single cell spans all free columns (a group row such as "一、空气质量目标").</summary>
    public void AddRow(IReadOnlyList<TableCellImport> cells, Func<TableCellImport, int> rowSpanOf, bool spanAll = false)
    {
        var row = new TableCellImport?[Columns];
        var free = Enumerable.Range(0, Columns).Where(c => spanningRowsLeft[c] == 0).ToArray();
        if (cells.Count > free.Length || (cells.Count < free.Length && !(spanAll && cells.Count == 1)))
            throw new InvalidOperationException($"{cells.Count} cells for {free.Length} free columns");
        for (var c = 0; c < Columns; c++)
            if (spanningRowsLeft[c] > 0) { spanningRowsLeft[c]--; spanningCell[c]!.RowSpan++; }
        for (var i = 0; i < cells.Count; i++)
        {
            var column = free[i];
            row[column] = cells[i];
            var span = rowSpanOf(cells[i]);
            if (span > 1) { spanningRowsLeft[column] = span - 1; spanningCell[column] = cells[i]; }
        }
        if (spanAll && cells.Count == 1 && free.Length > 1) cells[0].ColSpan = free[^1] - free[0] + 1;
        rows.Add(row);
    }

    /// <summary>Lets the given columns of the last row span one more row down (they are merged with the
    /// next row, which then has fewer free columns).</summary>
    public void ExtendDown(IEnumerable<int> columnIndexes)
    {
        var last = rows[^1];
        foreach (var c in columnIndexes)
        {
            var cell = last[c] ?? FindSpanning(c);
            if (cell is null) continue;
            spanningRowsLeft[c] = Math.Max(spanningRowsLeft[c], 1);
            spanningCell[c] = cell;
        }
    }

    TableCellImport? FindSpanning(int column)
    {
        for (var r = rows.Count - 1; r >= 0; r--)
            if (rows[r][column] is { } cell) return cell;
        return null;
    }
}
