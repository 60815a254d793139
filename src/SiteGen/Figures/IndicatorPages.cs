using SiteGen.Build;
using SiteGen.Output;
using SiteGen.Pages;
using SiteGen.Templates;

namespace SiteGen.Figures;

/// <summary>
/// indicators/: the matrix of the indicators two or more places share × the five places (baseline →
/// target, binding, strictest target per year, comparability notes), and one page per indicator with
/// its chart, data table, definition, caveats and every quote.
/// </summary>
public sealed class IndicatorPages : IPageSource
{
    public const string Script = "figures.js";

    public IEnumerable<SitePage> Pages(BuildContext context, string language)
    {
        var views = new FigureViews(context, language);
        var words = context.Translations;
        string T(string key) => words.Get(language, key);
        var home = new LinkView(T("nav.home"), SiteUrls.LanguageRoot(language));
        var set = context.Figures;
        var shared = set.Shared.ToList();
        var order = set.Catalog.Topics.Select(t => t.Id).ToList();
        var matrixUrl = views.U(FigureUrls.Indicators);
        yield return new SitePage(matrixUrl, language, "pages/indicators", T("indicators.title"))
        {
            Kind = "indicators",
            InputKey = () => context.Figures.Fingerprint,
            Description = T("indicators.description"),
            Breadcrumbs = [home],
            Scripts = [Script],
            Model = () => new Dictionary<string, object?>
            {
                ["places"] = views.PlaceColumns(),
                ["rows"] = shared
                    .OrderBy(i => order.IndexOf(i.Topic)).ThenByDescending(i => set.PlacesOf(i).Count).ThenBy(i => set.Catalog.Indicators.IndexOf(i))
                    .Select(views.MatrixRow).ToList(),
                ["single"] = set.Catalog.Indicators.Where(i => set.PlacesOf(i).Count == 1).Select(views.MatrixRow).ToList(),
                ["sources"] = views.Sources(set.All),
                ["topics"] = set.Catalog.Topics.Select(t => new FilterOptionView(t.Id, t.Name.In(language))).ToList(),
                ["data_url"] = views.U(FigureUrls.Data),
                ["targets_url"] = views.U(FigureUrls.Targets),
                ["figure_count"] = FigureFormat.Count(set.All.Count),
                ["indicator_count"] = FigureFormat.Count(set.Catalog.Indicators.Count),
            },
        };

        var crumb = new LinkView(T("indicators.title"), matrixUrl);
        foreach (var indicator in set.Catalog.Indicators)
        {
            var name = indicator.Name.In(language);
            yield return new SitePage(views.U(FigureUrls.Indicator(indicator)), language, "pages/indicator", name)
            {
                Kind = "indicator",
                InputKey = () => context.Figures.Fingerprint,
                Description = indicator.Definition.In(language),
                Breadcrumbs = [home, crumb],
                Model = () => IndicatorModel(context, views, indicator, matrixUrl),
            };
        }
    }

    static Dictionary<string, object?> IndicatorModel(BuildContext context, FigureViews views, Indicator indicator, string matrixUrl)
    {
        var language = views.Language;
        string T(string key) => context.Translations.Get(language, key);
        var set = context.Figures;
        var name = indicator.Name.In(language);
        var summary = IndicatorSummary.Of(set, indicator, context.Content.Places);
        var sources = views.Sources(set.OfIndicator(indicator.Id).ToList());
        var chart = FigureChart.Render(summary, "chart-" + indicator.Id, new FigureChart.Labels(
            T("indicator.chart_title").Replace("{name}", name, StringComparison.Ordinal),
            T("indicator.chart_sources") + " " + string.Join("; ", sources.Select(s => s.Issuer + " 《" + s.Title + "》" + (s.DocNumber is null ? "" : " " + s.DocNumber))) + ".",
            T("indicator.chart_baseline"), T("indicator.chart_target"), T("indicator.chart_strictest"), T("indicator.chart_none")),
            p => p.Name.In(language));
        var topic = set.Catalog.FindTopic(indicator.Topic)!;
        return new Dictionary<string, object?>
        {
            ["indicator"] = new
            {
                indicator.Id, Name = name, NameZh = indicator.Name.Zh, NameEn = indicator.Name.En,
                Unit = indicator.Unit ?? "", TopicId = topic.Id, TopicName = topic.Name.In(language),
                Better = T("figures.better." + indicator.Better), Definition = indicator.Definition.In(language),
                Terms = string.Join("、", indicator.Terms), Shared = summary.Places.Count >= 2,
            },
            ["caveats"] = views.Caveats(indicator),
            ["chart"] = chart is null ? null : new TrustedHtml(chart),
            ["places"] = summary.Places.Select(p => new IndicatorPlaceView(
                "place-" + p.Place.Slug, p.Place.Name.In(language), views.U(FigureUrls.PlaceFigures(p.Place)),
                p.Baseline is null ? null : views.Cell(p.Baseline, summary),
                p.Targets.Select(t => views.Cell(t, summary)).ToList(),
                p.All.Select(f => views.View(f, summary)).ToList())).ToList(),
            ["strictest"] = views.Strictest(summary),
            ["sources"] = sources,
            ["matrix_url"] = matrixUrl,
        };
    }
}
