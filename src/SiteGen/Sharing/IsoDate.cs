using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Sharing;

/// <summary>
/// A plan record's date as schema.org wants it (ISO 8601, "2020-03-20"), read from the way the source
/// writes it: "2020年3月20日", "2020-03-20" or "2022-02-22 10:56:38". Anything else is no date (null):
/// structured data leaves the field out rather than guess.
/// </summary>
public static partial class IsoDate
{
    public static string? From(string? text)
    {
        if (text is null) return null;
        var match = Pattern().Match(text.Trim());
        if (!match.Success) return null;
        var (y, m, d) = (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
        return DateOnly.TryParseExact($"{y:D4}-{m:D2}-{d:D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    [GeneratedRegex(@"^(\d{4})(?:年|-)(\d{1,2})(?:月|-)(\d{1,2})(?:日|(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$")]
    private static partial Regex Pattern();
}
