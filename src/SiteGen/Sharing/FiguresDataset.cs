using System.Text.Json.Nodes;
using SiteGen.Build;
using SiteGen.Figures;
using SiteGen.Markup;

namespace SiteGen.Sharing;

/// <summary>
/// The downloads of data/ as a schema.org Dataset: what it is, the plans it is based on (their
/// CreativeWorks), the places it covers, the indicators it measures, and each file as a DataDownload.
/// No licence is stated: the plans are government documents and the site states none of its own.
/// </summary>
public static class FiguresDataset
{
    public static JsonObject Of(BuildContext context, string language, string name, string description)
    {
        var baseUrl = context.Content.Site.BaseUrl.TrimEnd('/');
        var figures = context.Figures;
        var plans = figures.All.Select(f => f.Plan).Distinct().Select(p => (JsonNode)new JsonObject
        {
            ["@type"] = "CreativeWork",
            ["@id"] = PlanCreativeWork.IdOf(p, baseUrl),
            ["name"] = p.Title.Zh,
            ["url"] = baseUrl + PlanUrls.Plan(p),
        }).ToArray();
        var places = figures.All.Select(f => f.Place).Distinct().Select(p => (JsonNode)new JsonObject
        {
            ["@type"] = "AdministrativeArea",
            ["name"] = p.Name.Zh,
            ["alternateName"] = p.Name.En,
        }).ToArray();
        var files = new (string Path, string Format)[]
        {
            (FigureDownloads.FiguresCsv, "text/csv"),
            (FigureDownloads.FiguresJson, "application/json"),
            (FigureDownloads.IndicatorsJson, "application/json"),
            (FigureDownloads.DataPackage, "application/json"),
        };
        return new JsonObject
        {
            ["@context"] = JsonLd.Context,
            ["@type"] = "Dataset",
            ["name"] = name,
            ["description"] = description,
            ["url"] = baseUrl + Output.SiteUrls.InLanguage(FigureUrls.Data, language),
            ["inLanguage"] = "zh-CN",
            ["isBasedOn"] = new JsonArray(plans),
            ["spatialCoverage"] = new JsonArray(places),
            ["variableMeasured"] = new JsonArray(figures.Catalog.Indicators.Select(i => (JsonNode)JsonValue.Create(i.Name.In(language))!).ToArray()),
            ["distribution"] = new JsonArray(files.Select(f => (JsonNode)new JsonObject
            {
                ["@type"] = "DataDownload",
                ["contentUrl"] = baseUrl + "/" + f.Path,
                ["encodingFormat"] = f.Format,
            }).ToArray()),
        };
    }
}
