using SiteGen.Content;
using SiteGen.Verify;

namespace SiteGen.Build.Stages;

/// <summary>
/// Fails the build if any internal link or #anchor of the built site does not resolve, or a page
/// links to another host. Pages are scanned in parallel (<see cref="OwnHtmlScanner"/>); a page whose
/// bytes did not change since the last build (under `sitegen serve`) is not scanned again.
/// </summary>
public sealed class VerifyLinks : IBuildStage
{
    public void Run(BuildContext context)
    {
        var output = context.Output;
        var cache = context.Cache.PageLinks;
        var pages = output.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var done = 0;
        var scanned = InOrder.Map(pages, path =>
        {
            var bytes = output.Get(path);
            context.Log.Progress("VerifyLinks", Interlocked.Increment(ref done), pages.Count);
            lock (cache)
                if (cache.TryGetValue(path, out var known) && ReferenceEquals(known.Bytes, bytes)) return known;
            return (Bytes: bytes, Links: OwnHtmlScanner.Scan(output.GetText(path)));
        });
        lock (cache)
        {
            cache.Clear();
            for (var i = 0; i < pages.Count; i++) cache[pages[i]] = scanned[i];
        }
        var problems = LinkChecker.Check(output, context.Content.Site.BaseUrl,
            pages.Zip(scanned).ToDictionary(p => p.First, p => p.Second.Links, StringComparer.Ordinal));
        if (problems.Count == 0) return;
        foreach (var problem in problems.Take(20)) context.Log.Info($"  site-output/{problem.Page}:{problem.Line}: {problem.What}: {problem.Link}");
        throw new ContentException(new SourceLocation("site-output/" + problems[0].Page, problems[0].Line),
            $"{problems.Count} broken link(s), e.g. {problems[0].What}: {problems[0].Link}",
            "a template or a plan text links to a page or anchor that the build does not produce, or to another host");
    }
}
