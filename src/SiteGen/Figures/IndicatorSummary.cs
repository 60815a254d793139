using SiteGen.Content;

namespace SiteGen.Figures;

/// <summary>
/// One place's figures of one indicator, as the comparison pages show them: its latest baseline (or,
/// where it has none, its latest achievement), and its targets per year and scope. Where a plan states
/// the same value twice (in its indicator table and in the prose), the table's is shown, as it also
/// states the binding; different values for the same year are all shown.
/// </summary>
public sealed record PlaceSummary(Place Place, Figure? Baseline, IReadOnlyList<Figure> Targets, IReadOnlyList<Figure> All);

/// <summary>
/// An indicator across the places: each place's summary, and per target year the strictest of the
/// numeric targets that can be compared (same unit, two or more places, a direction, not all equal).
/// </summary>
public sealed class IndicatorSummary
{
    public required Indicator Indicator { get; init; }
    public required IReadOnlyList<PlaceSummary> Places { get; init; }
    /// <summary>Target year → the strictest targets (ties share the rank).</summary>
    public required IReadOnlyDictionary<int, IReadOnlyList<Figure>> Strictest { get; init; }

    public bool IsStrictest(Figure figure) =>
        figure.Year is { } year && Strictest.TryGetValue(year, out var best) && best.Contains(figure);

    public static IndicatorSummary Of(FigureSet set, Indicator indicator, IEnumerable<Place> places)
    {
        var summaries = new List<PlaceSummary>();
        var byPlace = set.OfIndicator(indicator.Id).ToLookup(f => f.Place);
        foreach (var place in places)
        {
            var all = byPlace[place].ToList();
            if (all.Count == 0) continue;
            var baseline = Latest(all.Where(f => f.Kind == FigureKind.Baseline)) ?? Latest(all.Where(f => f.Kind == FigureKind.Achievement));
            // One target per year and scope (a plan may set one for the built-up area and one for the county seats).
            var targets = all.Where(f => f.Kind == FigureKind.Target)
                .GroupBy(f => (f.Year, Scope: TableScope(f)))
                .OrderBy(g => g.Key.Year ?? int.MaxValue)
                .SelectMany(g => g.OrderByDescending(f => f.Column is not null).ThenByDescending(f => f.Value.Number is not null)
                    .DistinctBy(f => FigureFormat.Compact(f.Value)))
                .ToList();
            summaries.Add(new PlaceSummary(place, baseline, targets, all));
        }
        var strictest = new Dictionary<int, IReadOnlyList<Figure>>();
        if (indicator.Strictest && indicator.Better is "higher" or "lower")
            foreach (var year in summaries.SelectMany(s => s.Targets).Select(f => f.Year).OfType<int>().Distinct())
            {
                var candidates = summaries.SelectMany(s => s.Targets)
                    .Where(f => f.Year == year && f.Value.Number is not null && f.Value.NumberTo is null)
                    .ToList();
                var units = candidates.Select(f => f.Value.Unit).Distinct().ToList();
                if (candidates.Select(f => f.Place).Distinct().Count() < 2 || units.Count != 1 || (indicator.Unit is not null && units[0] != indicator.Unit)) continue;
                var best = indicator.HigherIsBetter ? candidates.Max(f => f.Value.Number) : candidates.Min(f => f.Value.Number);
                var winners = candidates.Where(f => f.Value.Number == best).ToList();
                if (winners.Count < candidates.Count) strictest[year] = winners;
            }
        return new IndicatorSummary { Indicator = indicator, Places = summaries, Strictest = strictest };
    }

    /// <summary>A table row's scope (城市) is the plan's scope for the indicator as a whole: it does not set it apart from the prose.</summary>
    static string TableScope(Figure f) => f.Column is not null ? "" : f.Scope ?? "";

    static Figure? Latest(IEnumerable<Figure> figures) =>
        figures.OrderByDescending(f => f.Year ?? 0).ThenByDescending(f => f.Column is not null).ThenByDescending(f => f.Value.Number is not null).FirstOrDefault();
}
