using SiteGen.Build;
using SiteGen.Search;

namespace SiteGen.Figures;

/// <summary>
/// What search finds of the figures: every target, as its verbatim quote, linking to its entry on the
/// place's figures page; and every catalog indicator of each place, as the place's figures as written,
/// linking to the place's row on the indicator's page. Only words of the plans and of the catalog: a
/// number in a result is a number of a quote.
/// </summary>
public sealed class FigureSearchDocuments : ISearchDocumentSource
{
    public IEnumerable<SearchDocument> Documents(BuildContext context)
    {
        var figures = context.Figures;
        string Kind(Figure f) => context.Translations.Get("zh", "figures.kind." + f.KindName);
        string When(Figure f) => f.When ?? (f.Year is { } y ? y + "年" : "");

        foreach (var f in figures.Targets)
        {
            var path = string.Join(" › ", new[] { When(f), f.Scope ?? "", f.Binding ?? "" }.Where(s => s.Length > 0));
            yield return new SearchDocument(f.Url, SearchKinds.Target, f.Place.Slug, f.Plan.Id,
                f.Indicator?.Name.Zh ?? f.Metric, path, f.Quote);
        }

        foreach (var indicator in figures.Catalog.Indicators)
        {
            var byPlace = figures.OfIndicator(indicator.Id).ToLookup(f => f.Place.Slug, StringComparer.Ordinal);
            foreach (var place in context.Content.Places)
            {
                if (!byPlace.Contains(place.Slug)) continue;
                var mine = byPlace[place.Slug].ToList();
                var values = string.Join("；", mine.Select(f => $"{When(f)}{Kind(f)} {f.Value.Written}".Trim()));
                yield return new SearchDocument(FigureUrls.Indicator(indicator) + "#place-" + place.Slug, SearchKinds.Indicator,
                    place.Slug, mine.Select(f => f.Plan.Id).Distinct().Count() == 1 ? mine[0].Plan.Id : null,
                    indicator.Name.Zh, indicator.Name.En, $"{indicator.Name.Zh}：{values}");
            }
        }
    }
}
