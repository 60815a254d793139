using System.Buffers;
using System.Globalization;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Writes JSON byte for byte as JavaScript's JSON.stringify does, so an index built here can be compared
/// with one lunr.js serialises (System.Text.Json escapes, orders and formats differently): strings escape
/// only quote, backslash, control characters and lone surrogates; numbers print as Number#toString; an
/// object's keys come in JavaScript's own order (array-index keys ascending first, then the others in
/// insertion order).
/// </summary>
public static class JsJson
{
    /// <summary>What JSON.stringify may escape: quote, backslash, control characters, and surrogates (escaped when alone).</summary>
    static readonly SearchValues<char> MayEscape = SearchValues.Create(
        "\"\\" + new string(Enumerable.Range(0, 0x20).Select(c => (char)c).ToArray()) + new string(Enumerable.Range(0xD800, 0x800).Select(c => (char)c).ToArray()));

    public static void String(StringBuilder sb, string value)
    {
        sb.Append('"');
        // most strings (every Han bigram) need no escape: appended whole
        var from = value.AsSpan().IndexOfAny(MayEscape);
        if (from < 0) { sb.Append(value).Append('"'); return; }
        sb.Append(value, 0, from);
        for (var i = from; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    var lone = char.IsHighSurrogate(c) ? !(i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        : char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(value[i - 1]));
                    if (c < 0x20 || lone) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    /// <summary>A finite number as JavaScript's Number#toString writes it (ECMAScript Number::toString).</summary>
    public static void Number(StringBuilder sb, double value)
    {
        if (!double.IsFinite(value)) { sb.Append("null"); return; }
        if (value == 0) { sb.Append('0'); return; }
        if (Math.Abs(value) < 1e15 && value == Math.Floor(value)) { sb.Append((long)value); return; }
        if (Math.Abs(value) is >= 1e-6 and < 1e15)
        {
            // .NET's round-trip form is JavaScript's in this range (plain digits, no exponent)
            Span<char> buffer = stackalloc char[32];
            if (value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture) && buffer[..written].IndexOf('E') < 0)
            {
                sb.Append(buffer[..written]);
                return;
            }
        }
        if (value < 0) sb.Append('-');
        var (digits, n) = ShortestDigits(Math.Abs(value));
        var k = digits.Length;
        if (k <= n && n <= 21) sb.Append(digits).Append('0', n - k);
        else if (0 < n && n <= 21) sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        else if (-6 < n && n <= 0) sb.Append("0.").Append('0', -n).Append(digits);
        else
        {
            sb.Append(digits[0]);
            if (k > 1) sb.Append('.').Append(digits, 1, k - 1);
            sb.Append('e').Append(n - 1 >= 0 ? '+' : '-').Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The shortest round-trip decimal digits of a positive number (as .NET's "R" finds them, the
    /// same digits JavaScript picks) and where the decimal point falls: value = 0.digits × 10^point.</summary>
    static (string Digits, int Point) ShortestDigits(double value)
    {
        var s = value.ToString("R", CultureInfo.InvariantCulture); // "123.45", "1.2345E-07", "1E+21"
        var e = s.IndexOf('E');
        var exponent = e < 0 ? 0 : int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? s : s[..e];
        var dot = mantissa.IndexOf('.');
        var whole = dot < 0 ? mantissa : mantissa[..dot];
        var digits = whole + (dot < 0 ? "" : mantissa[(dot + 1)..]);
        var point = whole.Length + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        return (digits[leadingZeros..].TrimEnd('0'), point - leadingZeros);
    }

    /// <summary>Keys in the order a JavaScript object enumerates them, given their insertion order.</summary>
    public static IReadOnlyList<string> KeyOrder(IReadOnlyList<string> insertionOrder)
    {
        // the common case, checked in one pass: array indexes already ascending and before any other key
        var inOrder = true;
        var seenOther = false;
        var previous = -1L;
        foreach (var key in insertionOrder)
        {
            var index = ArrayIndex(key);
            if (index < 0) { seenOther = true; continue; }
            if (seenOther || index < previous) { inOrder = false; break; }
            previous = index;
        }
        if (inOrder) return insertionOrder;
        return insertionOrder.Where(k => ArrayIndex(k) >= 0).OrderBy(ArrayIndex)
            .Concat(insertionOrder.Where(k => ArrayIndex(k) < 0)).ToList();
    }

    /// <summary>An ECMAScript array index: the canonical decimal form of an integer 0 … 2^32−2.</summary>
    public static bool IsArrayIndex(string key) => ArrayIndex(key) >= 0;

    /// <summary>The value of an array-index key, or -1 if the key is not one.</summary>
    public static long ArrayIndex(string key)
    {
        if (key.Length is 0 or > 10 || (key[0] == '0' && key.Length > 1)) return -1;
        long value = 0;
        foreach (var c in key)
        {
            if (!char.IsAsciiDigit(c)) return -1;
            value = value * 10 + (c - '0');
        }
        return value < uint.MaxValue ? value : -1;
    }
}
