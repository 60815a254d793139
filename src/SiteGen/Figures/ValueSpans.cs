namespace SiteGen.Figures;

/// <summary>
/// Where a value's words occur in a text, as whole numbers: "5%" is not found inside "15%", nor
/// "10" inside "10.5".
/// </summary>
public static class ValueSpans
{
    public static List<int> Find(string text, string value)
    {
        var found = new List<int>();
        if (value.Length == 0) return found;
        var startsWithDigit = IsNumeric(value[0]);
        var endsWithDigit = IsNumeric(value[^1]);
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            if (startsWithDigit && i > 0 && IsNumeric(text[i - 1])) continue;
            var end = i + value.Length;
            if (endsWithDigit && end < text.Length && (IsNumeric(text[end]) || (text[end] is '.' or '．' && end + 1 < text.Length && IsNumeric(text[end + 1])))) continue;
            found.Add(i);
        }
        return found;
    }

    static bool IsNumeric(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';
}
