using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Figures;
using SiteGen.Markup.Extensions.TermLinks;

namespace SiteGen.Glossary;

/// <summary>
/// The indicators of the catalog (content/indicators.yaml) as link targets for plan text: where the
/// text names an indicator (森林覆盖率, 受污染耕地安全利用率), its first mention in a section links to
/// the indicator's page. The catalog's terms are the words the plans use for an indicator; only those
/// that name a measure are links (they end in 率, 比例, 指数, 盖度…), and none that is ambiguous —
/// a term of two indicators, or one contained in another indicator's term (综合利用率 in
/// 秸秆综合利用率) — or shorter than four characters.
/// </summary>
public static partial class IndicatorMentions
{
    public const string Kind = "indicator";
    const int MinLength = 4;

    public static IReadOnlyList<TermTarget> Targets(IndicatorCatalog catalog)
    {
        var owners = catalog.Indicators.SelectMany(i => i.Terms.Distinct().Select(t => (Term: t, Indicator: i)))
            .GroupBy(x => x.Term).ToDictionary(g => g.Key, g => g.Select(x => x.Indicator).ToList(), StringComparer.Ordinal);
        bool Usable(string term, Indicator indicator) =>
            term.Length >= MinLength && Measure().IsMatch(term) && owners[term].Count == 1
            && !owners.Any(o => o.Key != term && o.Key.Contains(term, StringComparison.Ordinal) && !o.Value.Contains(indicator));
        return catalog.Indicators
            .Select(i => (Indicator: i, Forms: i.Terms.Distinct().Where(t => Usable(t, i)).ToList()))
            .Where(x => x.Forms.Count > 0)
            .Select(x => new TermTarget(Kind, x.Indicator.Id, FigureUrls.Indicator(x.Indicator),
                x.Indicator.Name, x.Indicator.Definition, x.Forms))
            .ToList();
    }

    /// <summary>Words that name a measured quantity.</summary>
    [GeneratedRegex("(率|比例|比率|指数|盖度|覆盖度|浓度|占比|系数|面积|总量|用水量)$")] private static partial Regex Measure();
}
