using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>The numbering schemes of Chinese government documents, outermost first.</summary>
public enum HeadingKind { Chapter, Section, ChineseNumber, ParenChineseNumber, ArabicNumber, ParenArabicNumber }

/// <summary>
/// Recognises headings whatever the raw notation: plain lines (第一章, 一、, （一）, 1.), Markdown-like
/// '#' prefixes of any depth, and '**bold**' wrapped around the heading. The level comes from the
/// numbering, not from the notation: see <see cref="HeadingLevels"/>.
/// </summary>
public static partial class HeadingRules
{
    const int MaxHeadingLength = 40;

    /// <summary>Removes '#' prefixes and bold markers around a whole line; says whether there were any.</summary>
    public static string StripNotation(string line, out bool hadNotation)
    {
        var text = line;
        hadNotation = false;
        var hashes = HashPrefix().Match(text);
        if (hashes.Success) { text = text[hashes.Length..]; hadNotation = true; }
        var bold = WholeBold().Match(text);
        if (bold.Success) { text = bold.Groups[1].Value; hadNotation = true; }
        return text.Trim();
    }

    /// <summary>Cleans a heading or caption, keeping one space between its number (第一章, 专栏 1, 表 1)
    /// and its title where the source has a gap: that gap is typography, not a stray space.</summary>
    public static string KeepNumberGap(string text)
    {
        var trimmed = text.Trim(' ', '\t', '\u00A0', '\u3000');
        var number = NumberWithGap().Match(trimmed);
        if (!number.Success) return TextCleaner.Clean(trimmed);
        return TextCleaner.Clean(number.Groups[1].Value + number.Groups[2].Value) + " " + TextCleaner.Clean(trimmed[number.Length..]);
    }

    public static HeadingKind? Classify(string text, bool hadNotation)
    {
        if (Chapter().IsMatch(text)) return HeadingKind.Chapter;
        if (Section().IsMatch(text)) return HeadingKind.Section;
        if (hadNotation && Preface().IsMatch(text)) return HeadingKind.Chapter;
        if (text.Length > MaxHeadingLength || SentenceEnd().IsMatch(text)) return null;
        if (ChineseNumber().IsMatch(text)) return HeadingKind.ChineseNumber;
        if (ParenChinese().IsMatch(text)) return HeadingKind.ParenChineseNumber;
        if (Arabic().IsMatch(text)) return HeadingKind.ArabicNumber;
        if (ParenArabic().IsMatch(text)) return HeadingKind.ParenArabicNumber;
        return null;
    }

    public static bool IsBox(string text) => Box().IsMatch(text);

    [GeneratedRegex(@"^((?:#{1,6}\s*)?(?:\*\*)?\s*)(第[一二三四五六七八九十百零〇]+[章节]|专栏\s*\d+|表\s*\d+(?:[—\-－]\d+)?|前\s*言)[\s\u00A0\u3000]+(?=\S)")] private static partial Regex NumberWithGap();
    [GeneratedRegex(@"^#{1,6}\s*")] private static partial Regex HashPrefix();
    [GeneratedRegex(@"^\*\*([^*]+)\*\*$")] private static partial Regex WholeBold();
    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇]+章")] private static partial Regex Chapter();
    [GeneratedRegex(@"^第[一二三四五六七八九十百零〇]+节")] private static partial Regex Section();
    [GeneratedRegex(@"^前\s*言$")] private static partial Regex Preface();
    [GeneratedRegex(@"[。；;！？]")] private static partial Regex SentenceEnd();
    [GeneratedRegex(@"^[一二三四五六七八九十]+、\S")] private static partial Regex ChineseNumber();
    [GeneratedRegex(@"^[（(][一二三四五六七八九十]*[）)]\s*\S")] private static partial Regex ParenChinese();
    [GeneratedRegex(@"^\d{1,2}[.．](?!\d)\S")] private static partial Regex Arabic();
    [GeneratedRegex(@"^[（(]\d{1,2}[）)]\S")] private static partial Regex ParenArabic();
    [GeneratedRegex(@"^专栏\s*\d+")] private static partial Regex Box();
}

/// <summary>
/// Maps the numbering kinds a document uses to HTML heading levels: the outermost kind present is h2,
/// the next h3, and so on. So 章 → h2, 节 → h3, 1. → h4 in a 十四五 plan, and 一、 → h2, （一） → h3,
/// 1. → h4 in an implementation plan.
/// </summary>
public sealed class HeadingLevels(IEnumerable<HeadingKind> kindsPresent)
{
    readonly HeadingKind[] order = kindsPresent.Distinct().Order().ToArray();

    public int LevelOf(HeadingKind kind) => Math.Min(6, 2 + Array.IndexOf(order, kind));
}
