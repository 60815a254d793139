using System.Text.RegularExpressions;

namespace SiteGen.Figures;

/// <summary>A number with its unit in a plan's text ("224.6万亩", "98%", "III类", "7-10天").</summary>
public sealed record NumberToken(int Start, int Length, string Text, string Unit)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds every number-with-unit in a passage's text: Arabic numerals (and ranges) followed by a unit
/// of <see cref="Units"/>, and water-quality classes (Ⅲ类, 劣Ⅴ类). Digits glued to Latin letters
/// (PM2.5, GB3838, HJ773) and ordinals (第42项) are names, not figures.
/// </summary>
public static partial class NumberScanner
{
    [GeneratedRegex(@"(?<![A-Za-z0-9０-９.．第/-])[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[-—–~～][0-9０-９]+(?:[.．][0-9０-９]+)?)?[余多]?")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<![A-Za-zⅠ-Ⅻ])劣?(?:IV|V|III|II|I|Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ)类")]
    private static partial Regex WaterClass();

    public static List<NumberToken> Scan(string text)
    {
        var tokens = new List<NumberToken>();
        foreach (Match m in Number().Matches(text))
        {
            var end = m.Index + m.Length;
            var unit = Units.At(text, end);
            if (unit is null && end < text.Length && text[end] is '万' or '亿' && Units.At(text, end + 1) is { } scaled) unit = text[end] + scaled;
            if (unit is null) continue;
            tokens.Add(new NumberToken(m.Index, m.Length + unit.Length, text.Substring(m.Index, m.Length + unit.Length), unit));
        }
        foreach (Match m in WaterClass().Matches(text))
            tokens.Add(new NumberToken(m.Index, m.Length, m.Value, "类"));
        tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        return tokens;
    }
}
