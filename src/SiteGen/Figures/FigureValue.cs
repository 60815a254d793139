using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Figures;

/// <summary>
/// A value as the plan writes it, read: the number (or range), the comparator its words state, the
/// unit, and whether it is a 力争 (strive-for) value. Qualitative values ("达到自治区考核要求",
/// "不降低", "稳中向好") keep their words and have no number.
/// </summary>
public sealed record FigureValue(
    string Written, decimal? Number, decimal? NumberTo, string? Comparator, string? Unit, bool Aspirational)
{
    public bool IsQualitative => Number is null;
}

/// <summary>Reads <see cref="FigureValue"/>s. Hand-written: no library reads Chinese comparator words.</summary>
public static partial class ValueParser
{
    /// <summary>Comparator words and the symbol each states. Longer words first.</summary>
    public static readonly IReadOnlyList<(string Word, string Symbol)> ComparatorWords =
    [
        ("不低于", "≥"), ("不少于", "≥"), ("不小于", "≥"), ("及以上", "≥"), ("以上", "≥"), ("至少", "≥"), ("≥", "≥"),
        ("不超过", "≤"), ("不高于", "≤"), ("不大于", "≤"), ("及以下", "≤"), ("以下", "≤"), ("以内", "≤"), ("≤", "≤"),
        ("低于", "<"), ("小于", "<"), ("<", "<"), ("＜", "<"),
        ("超过", ">"), ("高于", ">"), ("大于", ">"), ("突破", ">"), ("余", ">"), ("多", ">"), (">", ">"), ("＞", ">"),
        ("左右", "≈"), ("约", "≈"),
    ];

    public static readonly IReadOnlyList<string> Symbols = ["≥", "≤", "<", ">", "≈"];

    [GeneratedRegex(@"^(?<strive>力争)?(?<verb>达到|提高到|提升到|下降到|降低到|降至|降到|控制在|保持在|稳定在|维持在)?(?<pre>不低于|不少于|不小于|至少|不超过|不高于|不大于|低于|小于|超过|高于|大于|突破|约|≥|≤|＞|＜|>|<)?(?<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)(?:(?<dash>[-—–~～至])(?<num2>[0-9０-９]+(?:[.．][0-9０-９]+)?))?(?<odd>[余多])?(?<rest>.*)$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<pre>不低于|不劣于|优于|达到|稳定达到|保持)?(?<worse>劣)?(?<roman>IV|V|III|II|I|Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ)(?<unit>类)?(?<rest>.*)$")]
    private static partial Regex ClassPattern();

    static readonly Dictionary<string, int> Roman = new(StringComparer.Ordinal)
    {
        ["I"] = 1, ["II"] = 2, ["III"] = 3, ["IV"] = 4, ["V"] = 5, ["Ⅰ"] = 1, ["Ⅱ"] = 2, ["Ⅲ"] = 3, ["Ⅳ"] = 4, ["Ⅴ"] = 5,
    };

    /// <summary>Reads a value; throws <see cref="FormatException"/> (with what to write instead) if it holds digits it cannot read.</summary>
    public static FigureValue Parse(string written)
    {
        var text = written.Trim();
        if (text.Length == 0) throw new FormatException("the value is empty");
        var number = NumberPattern().Match(text);
        if (number.Success) return ReadNumber(written, number);
        var klass = ClassPattern().Match(text);
        if (klass.Success && klass.Groups["rest"].Value is "" or "标准" or "水质" or "类标准")
        {
            // Water-quality classes (GB 3838): the number is the class, I = 1 … V = 5; 劣Ⅴ类 (worse than V) has none.
            var n = klass.Groups["worse"].Success ? (decimal?)null : Roman[klass.Groups["roman"].Value];
            return new FigureValue(written, n, null, null, "类", false);
        }
        if (text.Any(c => c is >= '0' and <= '9' or >= '０' and <= '９'))
            throw new FormatException($"cannot read '{written}': write the number with its unit and comparator words only (e.g. 98%以上, 不低于90%, 15万吨标准煤左右)");
        return new FigureValue(written, null, null, null, null, text.StartsWith("力争", StringComparison.Ordinal));
    }

    static FigureValue ReadNumber(string written, Match m)
    {
        var value = Decimal(m.Groups["num"].Value);
        decimal? to = m.Groups["num2"].Success ? Decimal(m.Groups["num2"].Value) : null;
        var rest = m.Groups["rest"].Value;
        string? unit = null;
        if (rest.Length > 0)
        {
            unit = Units.At(rest, 0);
            if (unit is null && rest[0] == '年') unit = "年";
            if (unit is not null) rest = rest[unit.Length..];
        }
        string? post = null;
        if (rest.Length > 0)
        {
            post = rest switch
            {
                "及以上" or "以上" => "≥", "及以下" or "以下" or "以内" or "前" => "≤", "左右" => "≈",
                _ => throw new FormatException($"cannot read '{written}': '{rest}' after the number is neither a unit nor 以上/以下/以内/左右"),
            };
        }
        string? pre = m.Groups["pre"].Success ? Symbol(m.Groups["pre"].Value) : null;
        if (m.Groups["odd"].Success) pre ??= ">";
        if (pre is not null && post is not null && pre != post)
            throw new FormatException($"cannot read '{written}': its words state two comparators ({pre} and {post})");
        return new FigureValue(written, value, to, pre ?? post, unit is null ? null : Units.Normalize(unit), m.Groups["strive"].Success);
    }

    /// <summary>The comparator symbol a word states.</summary>
    public static string Symbol(string word) => ComparatorWords.First(w => w.Word == word).Symbol;

    /// <summary>The words that state a comparator symbol.</summary>
    public static IEnumerable<string> WordsFor(string symbol) => ComparatorWords.Where(w => w.Symbol == symbol).Select(w => w.Word);

    static decimal Decimal(string digits)
    {
        var ascii = new string(digits.Select(c => c switch { >= '０' and <= '９' => (char)('0' + (c - '０')), '．' => '.', _ => c }).ToArray());
        return decimal.Parse(ascii, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) / 1.000000000000000000000000000000000m; // drops trailing zeros: 23.80 → 23.8
    }
}
