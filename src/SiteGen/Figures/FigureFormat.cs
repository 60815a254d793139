using System.Globalization;

namespace SiteGen.Figures;

/// <summary>How figures read on the site and in downloads: "≥98%", "29 μg/m3", "7–10天", or the plan's words.</summary>
public static class FigureFormat
{
    public static string Number(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count as templates write it into a sentence.</summary>
    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value read: comparator, number (or range) and unit; the words as written for a qualitative value.</summary>
    public static string Compact(FigureValue value)
    {
        // Water-quality classes keep their Roman numeral (Ⅲ类, not 3类); words stay words.
        if (value.Number is not { } n || value.Unit == "类") return value.Written.Trim();
        var number = Number(n) + (value.NumberTo is { } to ? "–" + Number(to) : "");
        var unit = value.Unit ?? "";
        var space = unit.Length > 0 && char.IsAsciiLetter(unit[0]) || unit is "μg/m3" ? " " : "";
        var comparator = value.Comparator is null ? "" : value.Comparator;
        return comparator + number + space + unit;
    }

    /// <summary>The year as a label, or an empty string.</summary>
    public static string Year(Figure figure) => figure.Year?.ToString(CultureInfo.InvariantCulture) ?? "";
}
