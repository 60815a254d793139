namespace SiteGen.Import;

/// <summary>
/// A table flattened to one cell per line, each cell ending in " |" (Changji 表2—1). A line "|||" holds
/// empty cells. The flattener always wrote a full row of cells, so a row under a merged cell ends in
/// empty cells that stand for nothing.
/// </summary>
public static class PipeCellsTableReader
{
    public static TableImport Read(ImportContext ctx, TableRegion region)
    {
        var cells = new List<TableCellImport>();
        foreach (var n in region.Lines.All())
        {
            if (ctx.IsBlank(n) || ctx.Clutter.Contains(n)) continue;
            var parts = ctx.Source[n].Split('|');
            foreach (var part in parts[..^1])
                cells.Add(new TableCellImport(n, ctx.Notes.Mark(n, TextCleaner.Clean(part))));
            if (TextCleaner.Clean(parts[^1]).Length > 0)
                throw ctx.Error(n, "a pipe-cells table line must end in '|'", "check the table's 'lines' in its hint: they should hold cells only");
        }
        var columns = region.Hint.Columns;
        // Without a hint: a line of empty cells ("|||") is a full row, so it tells the number of columns.
        if (columns <= 0 && region.ByRules)
            columns = region.Lines.All().Where(n => !ctx.IsBlank(n) && TextCleaner.Clean(ctx.Source[n]).All(c => c == '|'))
                .Select(n => TextCleaner.Clean(ctx.Source[n]).Length).DefaultIfEmpty(0).Max();
        if (columns <= 0) throw ctx.Error(region.Lines.First, "this pipe-cells table needs 'columns' in its hint", "add columns: <number of header cells> to the table hint");
        var grid = new TableGrid(columns);
        var spans = TableReader.RowSpans(ctx, region);
        var header = cells.Take(columns).ToList();
        grid.AddRow(header, spans);
        for (var i = columns; i < cells.Count; i += columns)
        {
            var chunk = cells.Skip(i).Take(columns).ToList();
            try
            {
                if (chunk.Skip(1).All(c => c.Text.Length == 0))
                    grid.AddRow([chunk[0]], spans, spanAll: true);
                else
                {
                    while (chunk.Count > grid.FreeColumns && chunk[^1].Text.Length == 0) chunk.RemoveAt(chunk.Count - 1);
                    grid.AddRow(chunk, spans);
                }
            }
            catch (InvalidOperationException e)
            {
                throw ctx.Error(chunk[0].Line, $"table row does not fit: {e.Message}", "check 'columns' and 'row_spans' in the table hint");
            }
        }
        return new TableImport(region.Lines.First, null, 1, grid.Rows);
    }
}
