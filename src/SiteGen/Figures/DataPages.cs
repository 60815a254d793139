using SiteGen.Build;
using SiteGen.Output;
using SiteGen.Pages;

namespace SiteGen.Figures;

/// <summary>data/: the downloads, who issued the figures, and what every field means.</summary>
public sealed class DataPages : IPageSource
{
    public sealed record FieldView(string Name, string Type, string Meaning);

    public IEnumerable<SitePage> Pages(BuildContext context, string language)
    {
        var views = new FigureViews(context, language);
        string T(string key) => context.Translations.Get(language, key);
        yield return new SitePage(views.U(FigureUrls.Data), language, "pages/data", T("data.title"))
        {
            Kind = "data",
            InputKey = () => context.Figures.Fingerprint,
            Description = T("data.description"),
            Breadcrumbs = [new LinkView(T("nav.home"), SiteUrls.LanguageRoot(language))],
            StructuredData = [Sharing.FiguresDataset.Of(context, language, T("data.dataset_name"), T("data.description"))],
            Model = () => new Dictionary<string, object?>
            {
                ["sources"] = views.Sources(context.Figures.All),
                ["fields"] = FigureDownloads.Columns.Select(c => new FieldView(c.Name, c.Type, language == "en" ? c.En : c.Zh)).ToList(),
                ["files"] = new[]
                {
                    new LinkView("figures.json", "/" + FigureDownloads.FiguresJson),
                    new LinkView("figures.csv", "/" + FigureDownloads.FiguresCsv),
                    new LinkView("indicators.json", "/" + FigureDownloads.IndicatorsJson),
                    new LinkView("datapackage.json", "/" + FigureDownloads.DataPackage),
                },
                ["figure_count"] = FigureFormat.Count(context.Figures.All.Count),
                ["indicator_count"] = FigureFormat.Count(context.Figures.Catalog.Indicators.Count),
            },
        };
    }
}
