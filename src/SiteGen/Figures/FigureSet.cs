using SiteGen.Content;

namespace SiteGen.Figures;

/// <summary>
/// Every figure of every plan, checked, with the indicator catalog: what the figure pages, the
/// downloads, search and topic pages read (BuildContext.Figures).
/// </summary>
public sealed class FigureSet
{
    public required IndicatorCatalog Catalog { get; init; }
    /// <summary>All figures: places in site order, plans in place order, passages in reading order.</summary>
    public required IReadOnlyList<Figure> All { get; init; }
    /// <summary>Numbers with units in the plans that are not figures, with the reason.</summary>
    public required IReadOnlyList<IgnoredOccurrence> Ignored { get; init; }
    /// <summary>The passages of each plan (by plan id) as quotes were checked against them.</summary>
    public required IReadOnlyDictionary<string, PlanPassages> Texts { get; init; }

    public IEnumerable<Figure> Targets => All.Where(f => f.Kind == FigureKind.Target);

    /// <summary>
    /// A key of what figure pages show that comes from the plan texts (the passages' URLs and section
    /// paths, the editor's notes on them; the pages show the quotes of figures.yaml, never the passages' text): figure pages are
    /// re-rendered under `sitegen serve` only when it changes (figures.yaml and the records are in the
    /// build's site key).
    /// </summary>
    public string Fingerprint => fingerprint ??= ComputeFingerprint();
    string? fingerprint;

    string ComputeFingerprint() => Build.ContentKey.Of(h =>
    {
        foreach (var f in All)
        {
            h.Add(f.Id, f.PassageUrl, string.Join(" › ", f.Passage.SectionPath), f.TaskUrl, f.LeadSourceUrl);
            foreach (var note in f.Notes) h.Add(note.Marked, note.Zh, note.En);
            foreach (var (passage, url) in f.Also) h.Add(string.Join(" › ", passage.SectionPath), url);
        }
        foreach (var i in Ignored) h.Add(i.PassageId, i.Text, i.Reason);
    });

    public IEnumerable<Figure> OfPlace(string slug) => ByPlace[slug];

    public IEnumerable<Figure> OfPlan(string planId) => ByPlan[planId];

    public IEnumerable<Figure> OfIndicator(string indicatorId) => ByIndicator[indicatorId];

    // Grouped once (in the order of All): pages ask per place and per plan, and a search through all
    // figures per question grew with the square of the places.
    ILookup<string, Figure> ByPlace => LazyInitializer.EnsureInitialized(ref byPlace, () => All.ToLookup(f => f.Place.Slug, StringComparer.Ordinal));
    ILookup<string, Figure> ByPlan => LazyInitializer.EnsureInitialized(ref byPlan, () => All.ToLookup(f => f.Plan.Id, StringComparer.Ordinal));
    ILookup<string, Figure> ByIndicator => LazyInitializer.EnsureInitialized(ref byIndicator,
        () => All.Where(f => f.Indicator is not null).ToLookup(f => f.Indicator!.Id, StringComparer.Ordinal));
    ILookup<string, Figure>? byPlace, byPlan, byIndicator;

    public IEnumerable<Indicator> IndicatorsOfTopic(string topicId) => Catalog.Indicators.Where(i => i.Topic == topicId);

    /// <summary>The places that have at least one figure of the indicator, in site order.</summary>
    public IReadOnlyList<Place> PlacesOf(Indicator indicator) =>
        OfIndicator(indicator.Id).Select(f => f.Place).Distinct().ToList();

    /// <summary>Indicators with figures from two or more places: the ones the matrix compares.</summary>
    public IEnumerable<Indicator> Shared => Catalog.Indicators.Where(i => PlacesOf(i).Count >= 2);
}

/// <summary>An occurrence of a number-with-unit that a reviewed ignore entry explains.</summary>
public sealed record IgnoredOccurrence(Plan Plan, string PassageId, int Start, int Length, string Text, string Reason, SourceLocation Location);
