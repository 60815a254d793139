using SiteGen.Build;

namespace SiteGen.Figures;

/// <summary>Writes the figures downloads into the site: data/figures.json, figures.csv, indicators.json, datapackage.json.</summary>
public sealed class WriteFigureData : IBuildStage
{
    public void Run(BuildContext context)
    {
        var downloads = new FigureDownloads(context.Figures);
        var baseUrl = context.Content.Site.BaseUrl;
        context.Output.Add(FigureDownloads.FiguresJson, downloads.FiguresAsJson());
        context.Output.Add(FigureDownloads.FiguresCsv, downloads.FiguresAsCsv());
        context.Output.Add(FigureDownloads.IndicatorsJson, downloads.IndicatorsAsJson(baseUrl));
        context.Output.Add(FigureDownloads.DataPackage, downloads.DataPackageJson(baseUrl));
    }
}
