namespace SiteGen.Figures;

/// <summary>
/// Where a value's words occur in a text, as whole numbers: "5%" is not found inside "15%", nor
/// "10" inside "10.5", nor "II类" inside "III类".
/// </summary>
public static class ValueSpans
{
    public static List<int> Find(string text, string value)
    {
        var found = new List<int>();
        if (value.Length == 0) return found;
        var startsWithDigit = IsNumeric(value[0]);
        var startsWithClass = IsClass(value[0]);
        var endsWithDigit = IsNumeric(value[^1]);
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            if (startsWithDigit && i > 0 && IsNumeric(text[i - 1])) continue;
            if (startsWithClass && i > 0 && (IsClass(text[i - 1]) || text[i - 1] == '劣' || char.IsAsciiLetter(text[i - 1]))) continue;
            var end = i + value.Length;
            if (endsWithDigit && end < text.Length && (IsNumeric(text[end]) || (text[end] is '.' or '．' && end + 1 < text.Length && IsNumeric(text[end + 1])))) continue;
            found.Add(i);
        }
        return found;
    }

    /// <summary>Roman numerals of water-quality classes ("V类" is not found inside "劣V类" either).</summary>
    static bool IsClass(char c) => c is 'I' or 'V' or >= 'Ⅰ' and <= 'Ⅻ';

    static bool IsNumeric(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';
}
