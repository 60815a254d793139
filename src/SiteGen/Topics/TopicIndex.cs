using SiteGen.Content;
using SiteGen.Markup;

namespace SiteGen.Topics;

/// <summary>Every section of every plan with its topics (or the reviewed reason it has none).</summary>
public sealed class TopicIndex
{
    public required TopicCatalog Catalog { get; init; }
    /// <summary>All sections: places in site order, plans in place order, sections in reading order.</summary>
    public required IReadOnlyList<TaggedSection> Sections { get; init; }

    public IReadOnlyList<TaggedSection> Of(string topicId) => Index.ByTopic.GetValueOrDefault(topicId) ?? [];

    public IReadOnlyList<TaggedSection> Of(string topicId, Place place) => Index.ByTopicAndPlace.GetValueOrDefault((topicId, place)) ?? [];

    public IEnumerable<TaggedSection> Untagged => Sections.Where(s => s.Topics.Count == 0);

    /// <summary>The places with at least one section on the topic, in site order.</summary>
    public IReadOnlyList<Place> PlacesOf(string topicId) => Index.Places.GetValueOrDefault(topicId) ?? [];

    /// <summary>
    /// The sections by topic and by topic and place, made once: pages ask for every place's sections on
    /// every topic, and a search through all sections per question grew with the square of the places.
    /// </summary>
    sealed record Lookup(
        Dictionary<string, List<TaggedSection>> ByTopic,
        Dictionary<(string, Place), List<TaggedSection>> ByTopicAndPlace,
        Dictionary<string, List<Place>> Places);

    Lookup Index => LazyInitializer.EnsureInitialized(ref index, () =>
    {
        var lookup = new Lookup(new(StringComparer.Ordinal), [], new(StringComparer.Ordinal));
        foreach (var tagged in Sections)
            foreach (var topicId in tagged.Topics.Select(t => t.Id).Distinct())
            {
                var place = tagged.Section.Plan.Place;
                if (!lookup.ByTopic.TryGetValue(topicId, out var all)) lookup.ByTopic[topicId] = all = [];
                all.Add(tagged);
                if (!lookup.ByTopicAndPlace.TryGetValue((topicId, place), out var mine))
                {
                    lookup.ByTopicAndPlace[(topicId, place)] = mine = [];
                    if (!lookup.Places.TryGetValue(topicId, out var places)) lookup.Places[topicId] = places = [];
                    places.Add(place);
                }
                mine.Add(tagged);
            }
        return lookup;
    });
    Lookup? index;
}

/// <summary>A section and its topics. Evidence says, per topic, which rule or override gave it.</summary>
public sealed class TaggedSection
{
    public required PlanSection Section { get; init; }
    public required IReadOnlyList<TopicDefinition> Topics { get; init; }
    public required IReadOnlyDictionary<string, string> Evidence { get; init; }
    /// <summary>Why the section has no topic, or why an override changed the rules' result.</summary>
    public LocalizedText? Reason { get; init; }
    /// <summary>Per topic: the headings inside the section that name it, when the section's own heading does not.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Parts { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The headings inside the section on the topic; empty when the whole section is about it.</summary>
    public IReadOnlyList<string> PartsOn(string topicId) => Parts.TryGetValue(topicId, out var parts) ? parts : [];

    public bool Has(string topicId) => Topics.Any(t => t.Id == topicId);

    /// <summary>
    /// True when the section is about the topic — its heading says so, or an editor tagged it — rather
    /// than only mentioning it often enough in its text.
    /// </summary>
    public bool IsAbout(string topicId) => Has(topicId) && !Evidence[topicId].StartsWith(TopicRules.TextEvidence, StringComparison.Ordinal);
}
