using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Figures;
using SiteGen.Output;

namespace SiteGen.Verify.Checks;

/// <summary>
/// The figures' citations (issue 4), on the published pages: each figure's quote is in the text of the
/// paragraph or table row its link points to, as readers see it (editor's notes and ¶ links aside), and
/// its value is in its quote; every row of data/figures.json links to a page and anchor the site has,
/// and quotes a figure the build proved. (The build already proves each quote against the plan text;
/// this proves that the published site still says it where the link goes.)
/// </summary>
public sealed partial class FigureCitationsCheck : ISiteCheck
{
    public string Name => "figures";
    public string Description => "every figure's quote is in the paragraph its link points to; downloads link to real anchors";

    const string Hint = "the figure's quote, passage or value in content/places/<place>/figures.yaml no longer matches the published text; fix the figure";

    public CheckResult Run(CheckedSite site)
    {
        var figures = site.Build.Figures?.All ?? [];
        var problems = new List<CheckProblem>();
        foreach (var figure in figures)
        {
            var hash = figure.PassageUrl.IndexOf('#');
            var file = SiteUrls.FileOf(figure.PassageUrl);
            var id = figure.PassageUrl[(hash + 1)..];
            if (!site.Pages.TryGetValue(file, out var page) || page.Document.GetElementById(id) is not { } element)
            {
                problems.Add(new CheckProblem(figure.Location, $"figure {figure.Id} links to {figure.PassageUrl}, which the site does not have", Hint));
                continue;
            }
            var text = Squeeze(SourceWords.Of(element));
            // A table row's quote is its cells joined by " | ", cells spanning into it from rows above included.
            var quoted = element.LocalName == "tr"
                ? figure.Quote.Split('|').Select(Squeeze).Where(c => c.Length > 0)
                    .All(cell => text.Contains(cell, StringComparison.Ordinal)
                                 || element.ParentElement!.Children.TakeWhile(r => r != element).Any(r => Squeeze(SourceWords.Of(r)).Contains(cell, StringComparison.Ordinal)))
                : text.Contains(Squeeze(figure.Quote), StringComparison.Ordinal);
            if (!quoted)
                problems.Add(new CheckProblem(figure.Location, $"the quote of figure {figure.Id} is not in the text of {file}#{id}: {Shorten(figure.Quote)}", Hint));
            if (figure.Value.Written is { Length: > 0 } written && !Squeeze(figure.Quote).Contains(Squeeze(written), StringComparison.Ordinal) && figure.Column is null)
                problems.Add(new CheckProblem(figure.Location, $"the value '{written}' of figure {figure.Id} is not in its quote", Hint));
        }

        var rows = 0;
        if (site.Build.Output.Contains(FigureDownloads.FiguresJson))
        {
            using var json = JsonDocument.Parse(site.Build.Output.Get(FigureDownloads.FiguresJson));
            foreach (var row in json.RootElement.EnumerateArray())
            {
                rows++;
                var url = row.TryGetProperty("url", out var u) ? u.GetString() : null;
                var (path, fragment) = url is null ? (null, "") : LinkChecker.Resolve("index.html", url.TrimStart('/'));
                var target = path is null ? null : site.Pages.GetValueOrDefault(path) ?? site.Pages.GetValueOrDefault(path.TrimEnd('/') + "/index.html");
                if (target is null || fragment.Length == 0 || target.Document.GetElementById(fragment) is null)
                    problems.Add(new CheckProblem(site.OutputLocation(FigureDownloads.FiguresJson), $"row {rows} links to {url}, which the site does not have",
                        "figures.json is written from the figures; rebuild, and check the figure's passage"));
            }
        }
        return new CheckResult(problems, figures.Count == 0 ? "no figures" : $"{figures.Count:N0} figure quotes, {rows:N0} download rows");
    }

    static string Squeeze(string s) => Space().Replace(s, "");

    static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    [GeneratedRegex(@"[\s\u00A0\u3000]+")] private static partial Regex Space();
}
