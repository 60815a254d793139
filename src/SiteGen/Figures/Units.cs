namespace SiteGen.Figures;

/// <summary>
/// The units the plans write numbers in, as written, and the one spelling each is compared in
/// (微克/立方米 and μg/m3 are the same unit; ％ is %). Used to read values and to find every
/// number-with-unit in a plan's text.
/// </summary>
public static class Units
{
    /// <summary>Every unit as the plans write it, longest first so that 万吨标准煤 wins over 万吨 and 吨.</summary>
    public static readonly IReadOnlyList<string> AsWritten = new[]
    {
        "个百分点", "μg/m3", "µg/m3", "μg/m³", "微克/立方米", "毫克/立方米", "mg/m3", "毫克/升", "mg/L",
        "%", "％", "‰",
        "万亩", "亩", "万公顷", "公顷", "平方公里", "平方千米", "万平方米", "平方米",
        "天",
        "万吨/日", "吨/日", "万吨/年", "吨/年", "t/d", "万吨标准煤", "吨标准煤/万元", "吨标准煤", "亿吨", "万吨", "吨",
        "蒸吨/小时", "蒸吨",
        "万千瓦", "千瓦", "MW",
        "亿立方米", "万立方米", "立方米",
        "万户", "户", "万台", "台", "万辆", "辆", "个", "座", "家", "项", "件", "处", "条", "套", "架", "所", "名",
        "人次", "万人", "头", "起", "枚",
        "公里", "千米", "米",
        "亿元", "万元",
        "倍",
    }.OrderByDescending(u => u.Length).ToArray();

    static readonly Dictionary<string, string> Canonical = new(StringComparer.Ordinal)
    {
        ["µg/m3"] = "μg/m3", ["μg/m³"] = "μg/m3", ["微克/立方米"] = "μg/m3",
        ["mg/m3"] = "毫克/立方米",
        ["％"] = "%",
        ["平方千米"] = "平方公里", ["千米"] = "公里",
        ["t/d"] = "吨/日",
    };

    /// <summary>The spelling a unit is compared in.</summary>
    public static string Normalize(string unit) => Canonical.TryGetValue(unit, out var c) ? c : unit;

    /// <summary>The longest known unit starting at <paramref name="index"/>, or null.</summary>
    public static string? At(string text, int index)
    {
        foreach (var unit in AsWritten)
            if (string.CompareOrdinal(text, index, unit, 0, unit.Length) == 0 && index + unit.Length <= text.Length) return unit;
        return null;
    }
}
