using System.Globalization;
using SiteGen.Build;
using SiteGen.Serve;

namespace SiteGen.Bench;

/// <summary>
/// Times what `sitegen serve` does after a one-paragraph edit: on a copy of the project, one full build,
/// then edits of one paragraph of Hohhot's plan, each followed by the incremental rebuild and update of
/// the published folder (<see cref="SiteRebuilder"/>, the code serve runs). Prints each stage's median.
/// </summary>
public static class IncrementalBench
{
    public static TimeSpan? Measure(ProjectPaths real, string workDir, TextWriter output, int edits = 9)
    {
        if (Directory.Exists(workDir)) Directory.Delete(workDir, recursive: true);
        SyntheticCorpus.CopyTree(real.Content, Path.Combine(workDir, "content"));
        SyntheticCorpus.CopyTree(real.Templates, Path.Combine(workDir, "templates"));
        var paths = new ProjectPaths(workDir);
        SyntheticCorpus.CopyTools(real, paths);
        var rebuilder = new SiteRebuilder(paths, Path.Combine(workDir, "site-output"));
        var first = rebuilder.Rebuild(new BuildLog(TextWriter.Null, quiet: true));
        if (!first.Ok) throw first.Error!;

        var file = Path.Combine(paths.Places, "hohhot", "eco-plan.md");
        var original = File.ReadAllText(file);
        var lines = original.Split('\n');
        // The longest paragraph of the plan (not a heading, table or front matter line).
        var target = Array.FindIndex(lines, l => l == lines.Where(x => x.Length > 0 && x[0] is not ('#' or '|' or '-')).MaxBy(x => x.Length));
        var times = new List<TimeSpan>();
        var catchUp = new List<TimeSpan>();
        var stages = new Dictionary<string, List<double>>();
        SiteRebuilder.Outcome? last = null;
        for (var i = 0; i < edits; i++)
        {
            lines[target] = lines[target].TrimEnd('。') + $"（第{i + 1}次修改）。";
            File.WriteAllText(file, string.Join('\n', lines));
            var log = new BuildLog(TextWriter.Null, quiet: true);
            last = rebuilder.Rebuild(log, deferSearch: true);
            if (!last.Ok) throw last.Error!;
            times.Add(last.Elapsed);
            if (last.SearchStale)
            {
                var search = rebuilder.Rebuild(new BuildLog(TextWriter.Null, quiet: true));
                if (!search.Ok) throw search.Error!;
                catchUp.Add(last.Elapsed + search.Elapsed);
            }
            foreach (var (stage, time) in log.Timings) (stages.TryGetValue(stage, out var l) ? l : stages[stage] = []).Add(time.TotalMilliseconds);
        }
        Directory.Delete(workDir, recursive: true);
        var median = times.Order().ElementAt(times.Count / 2);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"incremental: {edits} one-paragraph edits of hohhot/eco-plan.md, median {median.TotalMilliseconds:F0} ms " +
            $"[{string.Join(", ", times.Select(t => t.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)))}]; " +
            $"each: {last!.PlansRendered} plan text and {last.PagesRendered} of {last.Pages} pages rendered, {last.FilesWritten} files written"));
        if (catchUp.Count > 0)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"incremental: the search index of the edited place followed, edit to up-to-date index median {catchUp.Order().ElementAt(catchUp.Count / 2).TotalMilliseconds:F0} ms"));
        output.WriteLine("incremental stages (median ms): " + string.Join(", ",
            stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value.Order().ElementAt(s.Value.Count / 2):F1}"))));
        return median;
    }
}
