using System.Diagnostics;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Output;
using SiteGen.Publish;

namespace SiteGen.Serve;

/// <summary>
/// Rebuilds the site after a change, keeping what did not change (<see cref="BuildCache"/>), and brings
/// the published folder up to date by writing only the files whose bytes changed (and deleting the ones
/// the build no longer makes). The first build publishes the whole site at once (<see cref="SitePublisher"/>).
/// A build that fails leaves the published folder as it was.
/// </summary>
public sealed class SiteRebuilder(ProjectPaths paths, string target)
{
    readonly BuildCache cache = new();
    SiteOutput? published;

    /// <param name="Changed">Output paths written or deleted.</param>
    /// <param name="SearchStale">The search index still holds the text before the change (<see cref="BuildCache.DeferSearch"/>).</param>
    public sealed record Outcome(TimeSpan Elapsed, int PlansRendered, int PagesRendered, int Pages, int FilesWritten, int FilesDeleted, ContentException? Error,
        IReadOnlyList<string>? Changed = null, bool SearchStale = false)
    {
        public bool Ok => Error is null;

        public override string ToString() => Ok
            ? $"built in {Elapsed.TotalMilliseconds:F0} ms: {PlansRendered} plan text(s) and {PagesRendered} of {Pages} pages rendered, {FilesWritten} file(s) written, {FilesDeleted} deleted"
              + (SearchStale ? "; search index follows" : "")
            : $"build failed in {Elapsed.TotalMilliseconds:F0} ms; the site was left as it was";
    }

    public string Target { get; } = Path.GetFullPath(target);

    /// <param name="deferSearch">Publish the pages without waiting for the search index of a changed place; rebuild again to bring it up to date.</param>
    public Outcome Rebuild(BuildLog log, bool deferSearch = false)
    {
        var clock = Stopwatch.StartNew();
        cache.DeferSearch = deferSearch && published is not null;
        cache.SearchStale = false;
        try
        {
            var output = new BuildPipeline(paths, log, cache).Run(publishTo: null).Context;
            IReadOnlyList<string> changed;
            int deleted;
            if (published is null)
            {
                SitePublisher.Publish(output.Output, Target);
                (changed, deleted) = (output.Output.Paths.ToList(), 0);
            }
            else (changed, deleted) = SitePublisher.Update(published, output.Output, Target);
            published = output.Output;
            return new Outcome(clock.Elapsed, cache.PlansRendered, cache.PagesRendered, output.Pages.Count, changed.Count - deleted, deleted, null,
                changed, cache.SearchStale);
        }
        catch (ContentException e)
        {
            return new Outcome(clock.Elapsed, 0, 0, 0, 0, 0, e);
        }
    }
}
