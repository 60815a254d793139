using System.Globalization;
using System.Net;
using System.Text;

namespace SiteGen.Figures;

/// <summary>
/// The chart of an indicator page, drawn at build time as inline SVG: one row per place, its baseline
/// (hollow dot) and targets (filled dots) on one scale, the strictest target ringed. Readable without
/// JS and without CSS colours (values are written beside the dots), with &lt;title&gt; and &lt;desc&gt;
/// that credit the issuing governments first. No style attributes: the CSP forbids inline styles, so
/// looks come from classes in templates/styles/40-figures.css. Hand-written: a dot plot of five rows
/// does not warrant a charting library, and none runs in .NET without a browser.
/// </summary>
public static class FigureChart
{
    public sealed record Labels(string Title, string Sources, string Baseline, string Target, string Strictest, string NoData);

    const int Width = 720, Right = 40, Top = 56, Row = 64, Bottom = 34;

    /// <summary>The SVG, or null when no place has a number in the indicator's unit.</summary>
    public static string? Render(IndicatorSummary summary, string id, Labels labels, Func<Content.Place, string> placeName)
    {
        var unit = summary.Indicator.Unit ?? summary.Places.SelectMany(Points).Select(p => p.Figure.Value.Unit).GroupBy(u => u)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var rows = summary.Places
            .Select(p => (p.Place, Points: Points(p).Where(x => x.Figure.Value.Unit == unit).ToList()))
            .Where(r => r.Points.Count > 0).ToList();
        if (rows.Count == 0) return null;

        var labelWidth = 24 + (int)rows.Max(r => TextWidth(placeName(r.Place)) * 16 / 15); // place names are 16px
        var values = rows.SelectMany(r => r.Points).Select(p => (double)p.Figure.Value.Number!.Value).ToList();
        var lo = Math.Min(0, values.Min());
        var hi = unit == "%" && values.Max() > 50 ? 100 : NiceCeiling(values.Max() * 1.08);
        if (hi <= lo) hi = lo + 1;
        var step = NiceStep((hi - lo) / 5);
        var height = Top + rows.Count * Row + Bottom;
        double X(double v) => labelWidth + (v - lo) / (hi - lo) * (Width - labelWidth - Right);

        var sb = new StringBuilder();
        sb.Append($"<svg class=\"figure-chart\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append($"<title id=\"{id}-title\">{E(labels.Title)}</title>");
        sb.Append($"<desc id=\"{id}-desc\">{E(labels.Sources)} {E(Describe(rows, placeName, labels, unit))}</desc>");

        // Legend: the items side by side, each as wide as its words (CJK characters are about twice as wide as Latin ones).
        sb.Append("<g class=\"chart-legend\">");
        var lx = 8.0;
        var items = new List<(string Class, string Text)> { ("chart-baseline", labels.Baseline), ("chart-target", labels.Target) };
        if (summary.Strictest.Count > 0) items.Add(("chart-target chart-strictest", labels.Strictest));
        foreach (var (cls, text) in items)
        {
            sb.Append($"<circle class=\"{cls}\" cx=\"{F(lx + 6)}\" cy=\"18\" r=\"6\"/><text x=\"{F(lx + 18)}\" y=\"23\">{E(text)}</text>");
            lx += 18 + TextWidth(text) + 22;
        }
        sb.Append("</g>");

        // Grid and axis
        sb.Append("<g class=\"chart-axis\">");
        for (var t = lo; t <= hi + step / 1000; t += step)
        {
            var x = F(X(t));
            sb.Append($"<line class=\"chart-grid\" x1=\"{x}\" y1=\"{Top - 6}\" x2=\"{x}\" y2=\"{height - Bottom + 4}\"/>");
            sb.Append($"<text x=\"{x}\" y=\"{height - Bottom + 22}\" text-anchor=\"middle\">{E(Tick(t, step))}</text>");
        }
        sb.Append($"<text x=\"{Width - Right}\" y=\"{height - 2}\" text-anchor=\"end\">{E(unit ?? "")}</text></g>");

        for (var i = 0; i < rows.Count; i++)
        {
            var (place, points) = rows[i];
            var y = Top + i * Row + Row / 2;
            sb.Append($"<g class=\"chart-row\"><text class=\"chart-label\" x=\"{labelWidth - 12}\" y=\"{y + 5}\" text-anchor=\"end\">{E(placeName(place))}</text>");
            var xs = points.Select(p => X((double)p.Figure.Value.Number!.Value)).ToList();
            if (xs.Count > 1) sb.Append($"<line class=\"chart-span\" x1=\"{F(xs.Min())}\" y1=\"{y}\" x2=\"{F(xs.Max())}\" y2=\"{y}\"/>");
            for (var k = 0; k < points.Count; k++)
            {
                var (figure, isTarget) = points[k];
                var strictest = summary.IsStrictest(figure);
                var cls = isTarget ? "chart-target" + (strictest ? " chart-strictest" : "") : "chart-baseline";
                var label = FigureFormat.Compact(figure.Value) + (figure.Year is { } yr ? $" ({yr})" : "");
                sb.Append($"<circle class=\"{cls}\" cx=\"{F(xs[k])}\" cy=\"{y}\" r=\"6\"><title>{E(label)}</title></circle>");
                // Targets are labelled above the line (alternating height, so that two close targets stay readable), the baseline below.
                var ly = isTarget ? y - 11 - 13 * (TargetIndex(points, k) % 2) : y + 21;
                var anchor = xs[k] > Width - Right - 60 ? "end" : xs[k] < labelWidth + 40 ? "start" : "middle";
                sb.Append($"<text class=\"chart-value\" x=\"{F(xs[k])}\" y=\"{ly}\" text-anchor=\"{anchor}\">{E(label)}</text>");
            }
            sb.Append("</g>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>The numeric baseline and targets of a place, in order.</summary>
    static IEnumerable<(Figure Figure, bool IsTarget)> Points(PlaceSummary summary)
    {
        if (summary.Baseline is { Value.Number: not null, Value.NumberTo: null } b) yield return (b, false);
        foreach (var t in summary.Targets.Where(t => t.Value.Number is not null && t.Value.NumberTo is null)) yield return (t, true);
    }

    static int TargetIndex(List<(Figure Figure, bool IsTarget)> points, int k) => points.Take(k).Count(p => p.IsTarget);

    static string Describe(List<(Content.Place Place, List<(Figure Figure, bool IsTarget)> Points)> rows, Func<Content.Place, string> name, Labels labels, string? unit)
    {
        var parts = rows.Select(r => name(r.Place) + ": " + string.Join(", ", r.Points.Select(p =>
            (p.IsTarget ? labels.Target : labels.Baseline) + " " + FigureFormat.Compact(p.Figure.Value) + (p.Figure.Year is { } y ? $" ({y})" : ""))));
        return string.Join("; ", parts) + ".";
    }

    static double TextWidth(string text) => text.Sum(c => c > 0x2E80 ? 15.0 : 8.0);

    static double NiceCeiling(double v)
    {
        if (v <= 0) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(v)));
        foreach (var m in new[] { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 })
            if (m * magnitude >= v) return m * magnitude;
        return 10 * magnitude;
    }

    static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var m in new[] { 1, 2, 2.5, 5, 10 })
            if (m * magnitude >= raw) return m * magnitude;
        return 10 * magnitude;
    }

    static string Tick(double v, double step) =>
        Math.Round(v, step < 1 ? 2 : 0).ToString(step < 1 ? "0.##" : "0", CultureInfo.InvariantCulture);

    static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    static string E(string s) => WebUtility.HtmlEncode(s);
}
