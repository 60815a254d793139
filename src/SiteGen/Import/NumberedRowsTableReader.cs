using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// A task list flattened to one cell per line (Zhenglan's annexes): a header (序号, 重点任务, …), group
/// rows ("一、空气质量目标"), and rows that start at their number. A task with several measures lists
/// the measure cells one after another; they become rows of their own under the spanning task cell.
/// </summary>
public static partial class NumberedRowsTableReader
{
    public static TableImport Read(ImportContext ctx, TableRegion region)
    {
        var cells = TableReader.CellsPerLine(ctx, region);
        var headerCount = cells.TakeWhile(c => !IsRowStart(c.Text)).Count();
        var columns = region.Hint.Columns > 0 ? region.Hint.Columns : headerCount;
        if (headerCount != columns)
            throw ctx.Error(region.Lines.First, $"the header has {headerCount} cells but the table {columns} columns", "set 'columns' to the number of header cells");
        var repeatFrom = region.Hint.RepeatFromColumn > 0 ? region.Hint.RepeatFromColumn : 3;
        var grid = new TableGrid(columns);
        var spans = TableReader.RowSpans(ctx, region);
        grid.AddRow(cells.Take(columns).ToList(), spans);

        var i = columns;
        while (i < cells.Count)
        {
            var row = new List<TableCellImport> { cells[i++] };
            while (i < cells.Count && !IsRowStart(cells[i].Text)) row.Add(cells[i++]);
            try
            {
                if (!IsNumber(row[0].Text))
                {
                    if (row.Count != 1) throw new InvalidOperationException($"a group row has {row.Count} cells");
                    grid.AddRow(row, spans, spanAll: true);
                    continue;
                }
                var first = grid.FreeColumns;
                grid.AddRow(row.Take(first).ToList(), spans);
                var rest = row.Skip(first).ToList();
                while (rest.Count > 0)
                {
                    grid.ExtendDown(Enumerable.Range(0, repeatFrom - 1));
                    var width = grid.FreeColumns;
                    grid.AddRow(rest.Take(width).ToList(), spans);
                    rest = rest.Skip(width).ToList();
                }
            }
            catch (InvalidOperationException e)
            {
                var lines = string.Join(", ", row.Select(c => c.Line));
                throw ctx.Error(row[0].Line, $"table row {row[0].Text} does not fit: {e.Message} (cells at lines {lines})",
                    "list lines that continue the cell above under 'joins', or cells spanning rows under 'row_spans'");
            }
        }
        return new TableImport(region.Lines.First, null, 1, grid.Rows);
    }

    static bool IsRowStart(string text) => IsNumber(text) || GroupRow().IsMatch(EditorNotes.Plain(text));

    static bool IsNumber(string text) => Number().IsMatch(EditorNotes.Plain(text));

    [GeneratedRegex(@"^\d{1,3}$")] private static partial Regex Number();
    [GeneratedRegex(@"^[一二三四五六七八九十]*、[^。]{1,40}$")] private static partial Regex GroupRow();
}
