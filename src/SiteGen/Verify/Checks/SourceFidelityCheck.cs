using System.Globalization;

namespace SiteGen.Verify.Checks;

/// <summary>Every source is published in full and in order, outside its listed clutter (see <see cref="SourceFidelity"/>).</summary>
public sealed class SourceFidelityCheck : ISiteCheck
{
    public string Name => "fidelity";
    public string Description => "every character of each source, outside its clutter, published in order";

    public CheckResult Run(CheckedSite site)
    {
        var problems = new List<CheckProblem>();
        var results = site.Build.Content.Sources.Keys.Order(StringComparer.Ordinal)
            .Select(name => SourceFidelity.Measure(site.Build, name, path => site.Pages[path].Document)).ToList();
        foreach (var result in results)
        {
            var source = site.Build.Content.Sources[result.Source];
            var display = site.Paths.Display(source.Path);
            foreach (var (line, text) in result.Misses.Take(20))
                problems.Add(new CheckProblem(new(display, line), $"source text not published in order: {Shorten(text)}",
                    "re-import the place (sitegen import --place <slug>) or list the line as clutter in its import.yaml"));
            if (result.Misses.Count > 20)
                problems.Add(new CheckProblem(new(display, 0), $"… and {result.Misses.Count - 20} more lines not published", "see the lines above"));
        }
        var total = results.Sum(r => r.Total);
        var matched = results.Sum(r => r.Matched);
        var coverage = total == 0 ? 100.0 : 100.0 * matched / total;
        return new CheckResult(problems, string.Create(CultureInfo.InvariantCulture,
            $"{coverage:F2}% of {total:N0} characters of {results.Count} sources"));
    }

    static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
