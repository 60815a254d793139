namespace SiteGen.Import;

/// <summary>
/// A table with one row per line and tab-separated cells (Bayannur 表 1, from a PDF). A group's label
/// stands only on its first row; an empty first cell means the label above spans down.
/// </summary>
public static class TabSeparatedTableReader
{
    public static TableImport Read(ImportContext ctx, TableRegion region)
    {
        var lines = region.Lines.All().Where(n => !ctx.IsBlank(n) && !ctx.Clutter.Contains(n)).ToList();
        List<TableCellImport> CellsOf(int n)
        {
            var cells = ctx.Source[n].Split('\t').Select(t => new TableCellImport(n, ctx.Notes.Mark(n, TextCleaner.Clean(t)))).ToList();
            while (cells.Count > 0 && cells[^1].Text.Length == 0) cells.RemoveAt(cells.Count - 1);
            return cells;
        }
        var columns = region.Hint.Columns > 0 ? region.Hint.Columns : lines.Select(n => CellsOf(n).Count).DefaultIfEmpty(1).Max();
        var grid = new TableGrid(columns);
        var spans = TableReader.RowSpans(ctx, region);

        var header = CellsOf(lines[0]).Where(c => c.Text.Length > 0).ToList();
        var headerSpans = region.Hint.HeaderSpans;
        if (headerSpans.Count > 0)
        {
            if (headerSpans.Count != header.Count || headerSpans.Sum() != columns)
                throw new SiteGen.Content.ContentException(region.Hint.Location,
                    $"header_spans must give one span per header cell ({header.Count}) adding up to {columns} columns", "count the header cells of the raw table, and how many columns each spans");
            for (var i = 0; i < header.Count; i++) header[i].ColSpan = headerSpans[i];
        }
        AddHeader(ctx, grid, header, columns);

        foreach (var n in lines.Skip(1))
        {
            var cells = CellsOf(n);
            try
            {
                if (cells.Count > 0 && cells[0].Text.Length == 0)
                {
                    grid.ExtendDown([0]);
                    cells.RemoveAt(0);
                }
                grid.AddRow(cells, spans);
            }
            catch (InvalidOperationException e)
            {
                throw ctx.Error(n, $"table row does not fit: {e.Message}", "check 'columns' in the table hint");
            }
        }
        return new TableImport(region.Lines.First, null, 1, grid.Rows);
    }

    /// <summary>A header row whose cells span several columns is laid out here rather than by the grid.</summary>
    static void AddHeader(ImportContext ctx, TableGrid grid, List<TableCellImport> header, int columns)
    {
        var row = new TableCellImport?[columns];
        var c = 0;
        foreach (var cell in header)
        {
            if (c >= columns) throw ctx.Error(cell.Line, "the header is wider than the table", "check header_spans and columns");
            row[c] = cell;
            c += cell.ColSpan;
        }
        grid.Rows.Add(row);
    }
}
