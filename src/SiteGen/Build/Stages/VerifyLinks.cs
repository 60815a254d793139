using SiteGen.Content;
using SiteGen.Verify;

namespace SiteGen.Build.Stages;

/// <summary>
/// Fails the build if any internal link or #anchor of the built site does not resolve, or a page
/// links to another host. Pages are scanned in parallel (<see cref="OwnHtmlScanner"/>). Under `sitegen
/// serve`, a page whose bytes did not change since the last build is not scanned again, and when the
/// site has the same files as at the last successful check, only the links that could have broken are
/// checked: those of the changed pages, and those pointing to an anchor of a page whose ids changed.
/// </summary>
public sealed class VerifyLinks : IBuildStage
{
    public void Run(BuildContext context)
    {
        var output = context.Output;
        var cache = context.Cache;
        var known = cache.PageLinks;
        var pages = output.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var done = 0;
        var scanned = InOrder.Map(pages, path =>
        {
            var bytes = output.Get(path);
            context.Log.Progress("VerifyLinks", Interlocked.Increment(ref done), pages.Count);
            lock (known)
                if (known.TryGetValue(path, out var page) && (ReferenceEquals(page.Bytes, bytes) || page.Bytes.AsSpan().SequenceEqual(bytes)))
                    return page with { Bytes = bytes };
            return (Bytes: bytes, Links: OwnHtmlScanner.Scan(output.GetText(path)));
        });
        if (!cache.OneShot)
            lock (known)
            {
                known.Clear();
                for (var i = 0; i < pages.Count; i++) known[pages[i]] = scanned[i];
            }
        var links = pages.Zip(scanned).ToDictionary(p => p.First, p => p.Second.Links, StringComparer.Ordinal);
        var files = output.Paths.ToHashSet(StringComparer.Ordinal);
        var recheck = Recheck(cache.VerifiedLinks, files, links);
        var targets = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var problems = LinkChecker.Check(output, context.Content.Site.BaseUrl, links, recheck, cache.OneShot ? null : targets);
        if (problems.Count == 0 && !cache.OneShot)
        {
            if (recheck is not null)
                foreach (var (page, into) in cache.VerifiedLinks!.Targets)
                    if (links.ContainsKey(page)) targets.TryAdd(page, into);
            cache.VerifiedLinks = new BuildCache.LinkCheck(files, links, targets);
        }
        if (problems.Count == 0) return;
        cache.VerifiedLinks = null;
        foreach (var problem in problems.Take(20)) context.Log.Info($"  site-output/{problem.Page}:{problem.Line}: {problem.What}: {problem.Link}");
        throw new ContentException(new SourceLocation("site-output/" + problems[0].Page, problems[0].Line),
            $"{problems.Count} broken link(s), e.g. {problems[0].What}: {problems[0].Link}",
            "a template or a plan text links to a page or anchor that the build does not produce, or to another host");
    }

    /// <summary>The pages whose links must be checked again since the last successful check; null for all.</summary>
    static HashSet<string>? Recheck(BuildCache.LinkCheck? last, HashSet<string> files, Dictionary<string, PageLinks> links)
    {
        if (last is null || !last.Files.SetEquals(files)) return null;
        var changed = links.Where(p => !ReferenceEquals(p.Value, last.Links[p.Key])).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var newIds = changed.Where(p => !last.Links[p].Ids.SetEquals(links[p].Ids)).ToHashSet(StringComparer.Ordinal);
        if (newIds.Count > 0)
            foreach (var (page, into) in last.Targets)
                if (into.Overlaps(newIds)) changed.Add(page);
        return changed;
    }
}
