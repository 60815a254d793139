using SiteGen.Build;

namespace SiteGen.Figures;

/// <summary>
/// Writes the figures downloads into the site: data/figures.json, figures.csv, indicators.json,
/// datapackage.json. Under `sitegen serve` they are written anew only when the figures changed (the
/// site key and <see cref="FigureSet.Fingerprint"/>).
/// </summary>
public sealed class WriteFigureData : IBuildStage
{
    public void Run(BuildContext context)
    {
        var cache = context.Cache;
        var key = cache.SiteKey + "|" + context.Figures.Fingerprint;
        if (cache.FigureData is not { } files || files.Key != key)
        {
            var downloads = new FigureDownloads(context.Figures);
            var baseUrl = context.Content.Site.BaseUrl;
            files = (key,
            [
                (FigureDownloads.FiguresJson, downloads.FiguresAsJson()),
                (FigureDownloads.FiguresCsv, downloads.FiguresAsCsv()),
                (FigureDownloads.IndicatorsJson, downloads.IndicatorsAsJson(baseUrl)),
                (FigureDownloads.DataPackage, downloads.DataPackageJson(baseUrl)),
            ]);
            cache.FigureData = files;
        }
        foreach (var (path, bytes) in files.Files) context.Output.Add(path, bytes);
    }
}
