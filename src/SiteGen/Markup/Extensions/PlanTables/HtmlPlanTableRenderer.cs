using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using SiteGen.Markup.Extensions.Anchors;

namespace SiteGen.Markup.Extensions.PlanTables;

/// <summary>
/// Renders a plan table: caption, merged cells, an id and a "¶" link on every row, and a wrapper that
/// scrolls sideways on a phone. A 专栏 box (caption starting 专栏) gets the class "box"; a header row
/// whose cells are all empty is left out (boxes have no column headings).
/// </summary>
public sealed class HtmlPlanTableRenderer(PlanRenderOptions options) : HtmlObjectRenderer<Table>
{
    /// <summary>Cells longer than this get class "long", which keeps them readably wide on a phone.</summary>
    const int LongCell = 24;

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var spans = new TableSpans(table);
        var id = table.GetAttributes().Id;
        var caption = TableCaption.Of(table);
        var captionText = caption is null ? "" : PlainText.Of(caption);
        var isBox = captionText.StartsWith("专栏", StringComparison.Ordinal);

        renderer.EnsureLine();
        renderer.Write("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"");
        if (caption is not null && id is not null) renderer.Write(" aria-labelledby=\"").Write(id).Write("-cap\"");
        else renderer.Write(" aria-label=\"").WriteEscape(options.Labels.TableScroll).Write('"');
        renderer.WriteLine(">");
        renderer.Write("<table").WriteAttributes(table).Write(isBox ? " class=\"plan-table box\">" : " class=\"plan-table\">").WriteLine();
        if (caption is not null)
        {
            renderer.Write("<caption");
            if (id is not null) renderer.Write(" id=\"").Write(id).Write("-cap\"");
            renderer.Write('>');
            renderer.WriteLeafInline(caption);
            if (id is not null) PilcrowLink.Write(renderer, id, options);
            renderer.WriteLine("</caption>");
        }

        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        if (header is not null && !TableSpans.IsBlankHeader(header))
        {
            renderer.WriteLine("<thead>");
            WriteRow(renderer, header, spans, "th", " scope=\"col\"");
            renderer.WriteLine("</thead>");
        }
        renderer.WriteLine("<tbody>");
        var columns = spans.Columns;
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            var cells = row.OfType<TableCell>().Where(c => !spans.IsCovered(c)).ToList();
            var isGroup = cells.Count == 1 && spans.ColumnSpanOf(cells[0]) >= columns && columns > 1;
            WriteRow(renderer, row, spans, isGroup ? "th" : "td", isGroup ? " scope=\"colgroup\"" : "");
        }
        renderer.WriteLine("</tbody>");
        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }

    void WriteRow(HtmlRenderer renderer, TableRow row, TableSpans spans, string tag, string scope)
    {
        var rowId = row.GetAttributes().Id;
        renderer.Write("<tr").WriteAttributes(row).Write('>');
        var first = true;
        foreach (var cell in row.OfType<TableCell>())
        {
            if (spans.IsCovered(cell)) continue;
            renderer.Write('<').Write(tag).Write(scope);
            if (PlainText.Of(cell).Length > LongCell) renderer.Write(" class=\"long\"");
            if (spans.ColumnSpanOf(cell) > 1) renderer.Write(" colspan=\"").Write(spans.ColumnSpanOf(cell).ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
            if (cell.RowSpan > 1) renderer.Write(" rowspan=\"").Write(cell.RowSpan.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
            renderer.Write('>');
            var implicitParagraph = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = true;
            renderer.Write(cell);
            renderer.ImplicitParagraph = implicitParagraph;
            if (first && rowId is not null) PilcrowLink.Write(renderer, rowId, options);
            first = false;
            renderer.Write("</").Write(tag).Write('>');
        }
        renderer.WriteLine("</tr>");
    }
}
