using SiteGen.Build;
using SiteGen.Output;
using SiteGen.Pages;

namespace SiteGen.Search;

/// <summary>The search page, /search/ and /en/search/: the query comes in the URL (?q=…); search.js runs it.</summary>
public sealed class SearchPages : IPageSource
{
    public const string Url = "/search/";

    public IEnumerable<SitePage> Pages(BuildContext context, string language)
    {
        var search = context.Search ?? throw new InvalidOperationException("the search index is built before pages are rendered");
        var words = context.Translations;
        var views = new SiteViews(context.Content, context.Plans, words, language);
        var home = new LinkView(words.Get(language, "nav.home"), SiteUrls.LanguageRoot(language));
        var documents = search.Shards.ToDictionary(s => s.Place, s => s.Documents, StringComparer.Ordinal);
        var view = new SearchPageView(
            search.Shards.Select(s => s.Url).ToList(),
            context.Content.Places.Select(p => new SearchFilterOption(p.Slug, p.Name.In(language), documents[p.Slug])).ToList(),
            SearchKinds.All.Select(k => new SearchFilterOption(k, words.Get(language, "search.kind_" + k), search.KindCounts[k])).ToList(),
            context.Content.Places.Select(views.Place).ToList());
        yield return new SitePage(SiteUrls.InLanguage(Url, language), language, "pages/search", words.Get(language, "search.title"))
        {
            Kind = "search",
            // What the page shows of the index: its files (named by their content) and the counts of the filters.
            InputKey = () => string.Join('|', view.ShardUrls.Concat(view.Places.Concat(view.Kinds).Select(o => $"{o.Value}:{o.Documents}"))),
            Description = words.Get(language, "search.description"),
            Breadcrumbs = [home],
            Model = () => new Dictionary<string, object?> { ["search"] = view },
        };
    }
}

/// <summary>What the search page template sees.</summary>
/// <param name="ShardUrls">Site URLs of the index shards (one per place), for search.js.</param>
/// <param name="Places">The place filter: slug, name in the page language, documents.</param>
/// <param name="Kinds">The kind filter: text, target, indicator, with how many documents each has.</param>
/// <param name="Browse">Places and their plans, to browse when JavaScript is off.</param>
public sealed record SearchPageView(
    IReadOnlyList<string> ShardUrls,
    IReadOnlyList<SearchFilterOption> Places, IReadOnlyList<SearchFilterOption> Kinds,
    IReadOnlyList<PlaceView> Browse);

public sealed record SearchFilterOption(string Value, string Label, int Documents);
