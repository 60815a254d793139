namespace SiteGen.Content;

/// <summary>Everything under content/, loaded and checked.</summary>
public sealed class ContentSet
{
    public required SiteConfig Site { get; init; }
    public required IReadOnlyList<Place> Places { get; init; }
    public required IReadOnlyDictionary<string, RawSourceText> Sources { get; init; }

    public IEnumerable<Plan> Plans => Places.SelectMany(p => p.Plans);

    public Place? FindPlace(string slug) => PlacesBySlug.GetValueOrDefault(slug);

    public Plan? FindPlan(string id) => PlansById.GetValueOrDefault(id);

    // Made on first use (content is not changed once loaded): a search through every place per lookup
    // made lookups of all documents grow with the square of the places.
    Dictionary<string, Place> PlacesBySlug => LazyInitializer.EnsureInitialized(ref placesBySlug,
        () => Places.GroupBy(p => p.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
    Dictionary<string, Plan> PlansById => LazyInitializer.EnsureInitialized(ref plansById,
        () => Plans.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
    Dictionary<string, Place>? placesBySlug;
    Dictionary<string, Plan>? plansById;
}

/// <summary>A raw source text under content/sources/, with the clutter lines its import dropped.</summary>
public sealed class RawSourceText
{
    public required string Name { get; init; }
    public required string Path { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<string> Lines { get; init; }
    public required IReadOnlyList<DroppedLineRecord> Dropped { get; init; }

    /// <summary>The text without whitespace, to find the numbers and dates a record quotes; computed once per source.</summary>
    public string NormalizedText => normalized ??= ContentLoader.Normalized(Text);
    string? normalized;
}

public sealed class DroppedList : ILocated
{
    public string Source { get; set; } = "";
    public List<DroppedLineRecord> Dropped { get; set; } = [];
    public SourceLocation Location { get; set; }
}

public sealed class DroppedLineRecord
{
    public int Line { get; set; }
    public string Reason { get; set; } = "";
    public string Text { get; set; } = "";
}
