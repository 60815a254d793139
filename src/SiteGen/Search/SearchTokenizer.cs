using System.Globalization;
using System.Runtime.InteropServices;

namespace SiteGen.Search;

/// <summary>A token of searchable text: its term and where it stands in the text (UTF-16 offsets).</summary>
public readonly record struct SearchToken(string Term, int Start, int End, SearchTokenKind Kind);

public enum SearchTokenKind
{
    /// <summary>Two neighbouring Han characters.</summary>
    HanBigram,
    /// <summary>A run of letters or digits, kept whole: pm2.5, vocs, 2025, 98%.</summary>
    Word,
}

/// <summary>
/// The one tokenizer of search, at build time (here) and at query time (templates/assets/search-core.js,
/// which must make the same tokens; SearchTokenizerTests runs both over every passage). Stock lunr
/// splits on whitespace and trims every Han character away, so Chinese needs its own rules:
/// <list type="bullet">
/// <item>the text is folded first, one UTF-16 unit for one (offsets stay valid): full-width ASCII forms
/// (Ａ-Ｚ ０-９ ％ ：…) become ASCII, the ideographic space a space, A-Z lower case;</item>
/// <item>a run of Han characters gives its overlapping bigrams ("优良天数" → 优良 良天 天数); a lone
/// character gives none (search-core.js finds a query of one character by scanning the text, which is
/// faster than any lookup of so common a thing);</item>
/// <item>letters and digits of other scripts form whole words, with inner dots and a trailing percent
/// sign kept ("PM2.5" → pm2.5, "98%" → 98%, "VOCs" → vocs);</item>
/// <item>everything else (punctuation, spaces, symbols) separates tokens.</item>
/// </list>
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Folds full-width ASCII forms, the ideographic space and A-Z case; keeps the length.</summary>
    public static string Fold(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++) chars[i] = Fold(chars[i]);
        return new string(chars);
    }

    public static char Fold(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E') c = (char)(c - 0xFEE0);
        else if (c == '\u3000') c = ' ';
        return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
    }

    /// <summary>Han characters: the CJK unified ideographs (all extensions), compatibility ideographs, 〇 and 々.</summary>
    public static bool IsHan(int codePoint) =>
        codePoint is 0x3005 or 0x3007
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xF900 and <= 0xFAFF
            or >= 0x20000 and <= 0x323AF;

    /// <summary>Letters and digits of any script but Han (Unicode L* and N*).</summary>
    public static bool IsWordChar(int codePoint)
    {
        if (IsHan(codePoint)) return false;
        if (codePoint < 0x80) return codePoint is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z';
        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>The terms of a text, in order (what the index stores).</summary>
    public static List<string> Terms(string? text)
    {
        var terms = new List<string>();
        Scan(text, null, terms);
        return terms;
    }

    /// <summary>The terms of a text, in order, in place of what <paramref name="terms"/> held (a list reused for many texts).</summary>
    public static List<string> Terms(string? text, List<string> terms)
    {
        terms.Clear();
        Scan(text, null, terms);
        return terms;
    }

    /// <summary>The tokens of a text (folded first), in order.</summary>
    public static List<SearchToken> Tokenize(string? text)
    {
        var tokens = new List<SearchToken>();
        Scan(text, tokens, null);
        return tokens;
    }

    /// <summary>Finds the tokens of a text and adds them to <paramref name="tokens"/> or only their terms to <paramref name="terms"/>.</summary>
    static void Scan(string? text, List<SearchToken>? tokens, List<string>? terms)
    {
        if (string.IsNullOrEmpty(text)) return;
        var s = Fold(text);
        var starts = runStarts ??= [];
        var i = 0;
        while (i < s.Length)
        {
            var cp = CodePointAt(s, i, out var width);
            if (IsHan(cp))
            {
                // a run of Han characters: its overlapping bigrams
                starts.Clear();
                var j = i;
                while (j < s.Length && IsHan(CodePointAt(s, j, out var w))) { starts.Add(j); j += w; }
                for (var k = 0; k + 1 < starts.Count; k++)
                {
                    var end = k + 2 < starts.Count ? starts[k + 2] : j;
                    if (terms is not null) terms.Add(Bigram(s, starts[k], end));
                    else tokens!.Add(new SearchToken(s[starts[k]..end], starts[k], end, SearchTokenKind.HanBigram));
                }
                i = j;
            }
            else if (IsWordChar(cp))
            {
                var j = SkipWordChars(s, i);
                while (j + 1 < s.Length && s[j] == '.' && IsWordChar(CodePointAt(s, j + 1, out _))) j = SkipWordChars(s, j + 1);
                if (j < s.Length && s[j] == '%') j++;
                if (terms is not null) terms.Add(s[i..j]);
                else tokens!.Add(new SearchToken(s[i..j], i, j, SearchTokenKind.Word));
                i = j;
            }
            else i += width;
        }
    }

    [ThreadStatic] static List<int>? runStarts;
    [ThreadStatic] static Dictionary<int, string>? bigrams;

    /// <summary>A bigram's term; one string per pair of BMP characters per thread, since a large corpus holds millions
    /// of bigrams but only some ten thousand different ones (a string each made most of the index's garbage).</summary>
    static string Bigram(string s, int start, int end)
    {
        if (end - start != 2) return s[start..end];
        var key = s[start] << 16 | s[start + 1];
        ref var term = ref CollectionsMarshal.GetValueRefOrAddDefault(bigrams ??= [], key, out var known);
        if (!known) term = s.Substring(start, 2);
        return term!;
    }

    static int SkipWordChars(string s, int i)
    {
        while (i < s.Length && IsWordChar(CodePointAt(s, i, out var width))) i += width;
        return i;
    }

    /// <summary>The code point at i (a lone surrogate stands for itself).</summary>
    static int CodePointAt(string s, int i, out int width)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(s[i], s[i + 1]);
        }
        width = 1;
        return s[i];
    }
}
