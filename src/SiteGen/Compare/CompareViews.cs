using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Pages;
using SiteGen.Topics;

namespace SiteGen.Compare;

/// <summary>
/// The views of a topic's compare page: every set of two to five of the places that have sections on
/// the topic. A view's id is its places' slugs in site order ("hohhot-changji"), the fragment of its
/// permalink. Each view is a CSS rule and a link on the page, and their number grows as the binomial
/// coefficients of the places: up to <see cref="MaxSitePlaces"/> places they are made (210 views for
/// eight); beyond, a topic's page shows every place and has no views.
/// </summary>
public static class CompareViews
{
    public const int MinPlaces = 2;
    public const int MaxPlaces = 5;
    public const int MaxSitePlaces = 8;

    public sealed record View(string Id, IReadOnlyList<Place> Places, string Url);

    public static IReadOnlyList<View> Of(BuildContext context, TopicDefinition topic) =>
        Subsets(context.Topics.PlacesOf(topic.Id))
            .Select(places => new View(IdOf(places), places, TopicUrls.CompareTopic(topic) + "#" + IdOf(places)))
            .ToList();

    /// <summary>Every subset of <see cref="MinPlaces"/> to <see cref="MaxPlaces"/> places, largest first, then in site order.</summary>
    public static IEnumerable<IReadOnlyList<Place>> Subsets(IReadOnlyList<Place> places)
    {
        var all = new List<IReadOnlyList<Place>>();
        if (places.Count > MaxSitePlaces) return all;
        for (var mask = 1; mask < 1 << places.Count; mask++)
        {
            var chosen = places.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            if (chosen.Count is >= MinPlaces and <= MaxPlaces) all.Add(chosen);
        }
        return all.OrderByDescending(s => s.Count)
            .ThenBy(s => string.Concat(places.Select(p => s.Contains(p) ? "0" : "1")), StringComparer.Ordinal);
    }

    public static string IdOf(IEnumerable<Place> places) => string.Join('-', places.Select(p => p.Slug));
}
