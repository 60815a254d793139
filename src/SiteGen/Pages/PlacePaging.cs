using SiteGen.Compare;
using SiteGen.Content;

namespace SiteGen.Pages;

/// <summary>
/// Splits a list of places that a page shows place by place (a topic's sections, a topic's compare
/// columns) into pages of at most <see cref="PerPage"/> places, so that no page grows with the number
/// of places: a topic page of five hundred places is unreadable on a phone and costs the build the
/// square of the places. Up to <see cref="PerPage"/> places stay on one page at the page's own URL (the
/// real site's five do, so its pages are unchanged); beyond, page n ≥ 2 lives at <c>&lt;url&gt;page/n/</c>.
/// The pager shows the first and last pages and a few around the current one, so it is bounded too.
/// </summary>
public static class PlacePaging
{
    /// <summary>Places per page: as many as a compare page can show in views (<see cref="CompareViews.MaxSitePlaces"/>).</summary>
    public const int PerPage = CompareViews.MaxSitePlaces;

    /// <summary>Pages the pager links on each side of the current one (besides the first and the last).</summary>
    public const int Window = 2;

    public sealed record Page(int Number, int Count, int First, int Total, IReadOnlyList<Place> Places, string Url);

    /// <summary>The pages of the places, in order; one page (at <paramref name="url"/>) when they fit.</summary>
    public static IReadOnlyList<Page> Split(IReadOnlyList<Place> places, string url)
    {
        var count = Math.Max(1, (places.Count + PerPage - 1) / PerPage);
        return Enumerable.Range(1, count).Select(n => new Page(n, count, (n - 1) * PerPage + 1, places.Count,
            places.Skip((n - 1) * PerPage).Take(PerPage).ToList(), UrlOf(url, n))).ToList();
    }

    /// <summary>The URL of page <paramref name="number"/> of the list whose first page is at <paramref name="url"/>.</summary>
    public static string UrlOf(string url, int number) => number == 1 ? url : $"{url}page/{number}/";

    /// <summary>For each place, the URL of the page it is on.</summary>
    public static Dictionary<Place, string> PageOfPlace(IEnumerable<Page> pages) =>
        pages.SelectMany(p => p.Places.Select(place => (place, p.Url))).ToDictionary(x => x.place, x => x.Url);

    /// <summary>What the pager partial shows; null when the places fit on one page.</summary>
    public static PagerView? Pager(ReadingViewBuilder v, IReadOnlyList<Page> pages, Page current)
    {
        if (pages.Count == 1) return null;
        var numbers = Enumerable.Range(1, pages.Count)
            .Where(n => n == 1 || n == pages.Count || Math.Abs(n - current.Number) <= Window).ToList();
        var shown = numbers.Select((n, i) => new PagerLinkView(n, v.U(pages[n - 1].Url), n == current.Number, i > 0 && numbers[i - 1] != n - 1)).ToList();
        var names = string.Join(v.Language == "en" ? ", " : "、", current.Places.Select(p => p.Name.In(v.Language)));
        var here = string.Format(System.Globalization.CultureInfo.InvariantCulture, v.T("paging.here"),
            current.First, current.First + current.Places.Count - 1, current.Total, names);
        return new PagerView(current.Number, current.Count, here,
            current.Number > 1 ? v.U(pages[current.Number - 2].Url) : null,
            current.Number < pages.Count ? v.U(pages[current.Number].Url) : null,
            shown);
    }
}

/// <summary>A page of places: its number of <paramref name="Count"/>, which places it holds (<paramref name="Here"/>:
/// "Places 9–16 of 500: …"), the previous and next pages, and the page links to show.</summary>
public sealed record PagerView(int Number, int Count, string Here,
    string? Previous, string? Next, IReadOnlyList<PagerLinkView> Pages);

/// <summary>A link of the pager; <paramref name="GapBefore"/>: pages are left out before it.</summary>
public sealed record PagerLinkView(int Number, string Url, bool Current, bool GapBefore);
