namespace SiteGen.Verify.Checks;

/// <summary>
/// The published folder (site-output/, or --output) is exactly the site the content builds: the same
/// files, byte for byte. So what the other checks verified is what readers get.
/// </summary>
public sealed class PublishedSiteCheck : ISiteCheck
{
    public string Name => "published";
    public string Description => "the published folder is byte-identical to a fresh build";

    const string Hint = "run `sitegen build` (or ./build.sh) to publish the current content";

    public CheckResult Run(CheckedSite site)
    {
        var dir = site.PublishedDir;
        if (dir is null) return new CheckResult([], "skipped (no published folder given)");
        var shown = site.Paths.Display(dir);
        if (!Directory.Exists(dir))
            return new CheckResult([new CheckProblem(new(shown, 0), "the site has not been published", Hint)], "0 files");
        var output = site.Build.Output;
        var problems = new List<CheckProblem>();
        var onDisk = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        foreach (var path in output.Paths)
        {
            if (!onDisk.Contains(path)) problems.Add(new CheckProblem(new($"{shown}/{path}", 0), "missing from the published site", Hint));
            else if (!File.ReadAllBytes(Path.Combine(dir, path)).AsSpan().SequenceEqual(output.Get(path)))
                problems.Add(new CheckProblem(new($"{shown}/{path}", 0), "differs from what the content builds", Hint));
        }
        foreach (var path in onDisk.Where(p => !output.Contains(p)).Order(StringComparer.Ordinal))
            problems.Add(new CheckProblem(new($"{shown}/{path}", 0), "in the published site but not built from the content", Hint));
        return new CheckResult(problems, $"{onDisk.Count:N0} files in {shown}/");
    }
}
