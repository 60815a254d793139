namespace SiteGen.Import;

/// <summary>Reads one flattened table region into rows of cells.</summary>
public static class TableReader
{
    public static TableImport Read(ImportContext ctx, TableRegion region)
    {
        var table = region.Layout switch
        {
            "pipe-cells" => PipeCellsTableReader.Read(ctx, region),
            "numbered-rows" => NumberedRowsTableReader.Read(ctx, region),
            "tabs" => TabSeparatedTableReader.Read(ctx, region),
            "box" => BoxTableReader.Read(ctx, region),
            _ => throw ctx.Error(region.Lines.First, $"unknown table layout '{region.Layout}'",
                "use pipe-cells, numbered-rows, tabs or box"),
        };
        var caption = region.Hint.Caption;
        if (caption is null) return table;
        return table with { Caption = ctx.Cleaned(caption.Value), CaptionLine = caption };
    }

    /// <summary>The cells of a region with one cell per line: blank lines skipped, continuation lines joined.</summary>
    public static List<TableCellImport> CellsPerLine(ImportContext ctx, TableRegion region)
    {
        var joins = region.Hint.Joins.ToHashSet();
        var cells = new List<TableCellImport>();
        foreach (var n in region.Lines.All())
        {
            if (ctx.IsBlank(n) || ctx.Clutter.Contains(n)) continue;
            if (joins.Contains(n))
            {
                if (cells.Count == 0) throw ctx.Error(n, "a join line cannot start a table", "remove the table's first line from its joins");
                var previous = cells[^1];
                cells[^1] = previous with { Text = TextCleaner.Join(previous.Text, ctx.Cleaned(n)) };
                continue;
            }
            cells.Add(new TableCellImport(n, ctx.Cleaned(n)));
        }
        foreach (var join in joins.Where(j => !region.Lines.Contains(j)))
            throw new SiteGen.Content.ContentException(region.Hint.Location, $"join line {join} is outside the table's lines {region.Lines}", "list under joins only lines of the table");
        return cells;
    }

    public static Func<TableCellImport, int> RowSpans(ImportContext ctx, TableRegion region)
    {
        var spans = region.Hint.RowSpans.ToDictionary(s => s.Line, s => s.Rows);
        return cell => spans.GetValueOrDefault(cell.Line, 1);
    }
}
