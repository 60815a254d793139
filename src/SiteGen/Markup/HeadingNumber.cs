using System.Text.RegularExpressions;

namespace SiteGen.Markup;

/// <summary>Reads the number of a Chinese heading (第三章, 第二节, 四、, （五）, 6.) for its anchor id.</summary>
public static partial class HeadingNumber
{
    public sealed record Parsed(string Prefix, int? Number);

    /// <summary>The anchor prefix and number a heading's own numbering gives, if any.</summary>
    public static Parsed Read(string text, int level)
    {
        text = text.Trim();
        if (Chapter().Match(text) is { Success: true } c) return new("ch", Chinese(c.Groups[1].Value));
        if (Section().Match(text) is { Success: true } s) return new("s", Chinese(s.Groups[1].Value));
        if (Preface().IsMatch(text)) return new("preface", null);
        if (Annex().IsMatch(text)) return new("annex", null);
        if (ChineseOrdinal().Match(text) is { Success: true } o) return new(level == 2 ? "part" : "s", Chinese(o.Groups[1].Value));
        if (ParenChinese().Match(text) is { Success: true } p && p.Groups[1].Length > 0) return new("s", Chinese(p.Groups[1].Value));
        if (Arabic().Match(text) is { Success: true } a) return new("", int.Parse(a.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        return new("", null);
    }

    /// <summary>一 → 1, 十二 → 12, 二十三 → 23.</summary>
    public static int? Chinese(string numeral)
    {
        const string digits = "〇一二三四五六七八九";
        if (numeral.Length == 0) return null;
        var ten = numeral.IndexOf('十');
        if (ten < 0) return numeral.Length == 1 ? digits.IndexOf(numeral[0]) is var d and > 0 ? d : null : null;
        var tens = ten == 0 ? 1 : digits.IndexOf(numeral[0]);
        var units = ten == numeral.Length - 1 ? 0 : digits.IndexOf(numeral[^1]);
        return tens < 0 || units < 0 ? null : tens * 10 + units;
    }

    [GeneratedRegex(@"^第([一二三四五六七八九十]+)章")] private static partial Regex Chapter();
    [GeneratedRegex(@"^第([一二三四五六七八九十]+)节")] private static partial Regex Section();
    [GeneratedRegex(@"^前\s*言")] private static partial Regex Preface();
    [GeneratedRegex(@"^附\s*件")] private static partial Regex Annex();
    [GeneratedRegex(@"^([一二三四五六七八九十]+)、")] private static partial Regex ChineseOrdinal();
    [GeneratedRegex(@"^[（(]([一二三四五六七八九十]*)")] private static partial Regex ParenChinese();
    [GeneratedRegex(@"^[（(]?(\d{1,2})[.．)）]")] private static partial Regex Arabic();
}
