using SiteGen.Output;
using SiteGen.Pages;

namespace SiteGen.Build.Stages;

/// <summary>
/// Collects the pages of every page source in every language and renders them in parallel. A page
/// whose inputs did not change since the last build (same <see cref="BuildCache.SiteKey"/>, same key of
/// what it shows: <see cref="SitePage.InputKey"/>) keeps its HTML, and its model is never made.
/// </summary>
public sealed class RenderPages : IBuildStage
{
    public void Run(BuildContext context)
    {
        foreach (var language in context.Languages)
            foreach (var source in context.PageSources)
                context.Pages.AddRange(source.Pages(context, language));
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in context.Pages)
            if (!urls.Add(page.Url)) throw new InvalidOperationException($"two pages have the URL {page.Url}");

        var cache = context.Cache;
        var allPlans = new Lazy<string>(() => string.Join(',', cache.Plans.Values.Select(p => p.Version)));
        string KeyOf(SitePage page) => cache.SiteKey + "|" + (page.InputKey is { } key ? key() : "*" + allPlans.Value);
        // Made one by one before rendering (PageInputKeys keeps what it made for the next page); a one-shot
        // build keeps nothing for a next build, and makes none.
        var keys = cache.OneShot ? null : context.Pages.Select(KeyOf).ToList();

        var renderer = new PageRenderer(context);
        var done = 0;
        var rendered = 0;
        var html = InOrder.Map(Enumerable.Range(0, context.Pages.Count).ToList(), i =>
        {
            var page = context.Pages[i];
            context.Log.Progress("RenderPages", Interlocked.Increment(ref done), context.Pages.Count);
            var key = keys?[i] ?? "";
            if (keys is not null)
                lock (cache.Pages)
                    if (cache.Pages.TryGetValue(page.Url, out var known) && known.Key == key) return (Key: key, Html: known.Html);
            Interlocked.Increment(ref rendered);
            return (Key: key, Html: SiteOutput.Encode(renderer.Render(page)));
        });
        cache.Pages.Clear();
        for (var i = 0; i < html.Count; i++)
        {
            context.Output.Add(SiteUrls.FileOf(context.Pages[i].Url), html[i].Html);
            if (!cache.OneShot) cache.Pages[context.Pages[i].Url] = html[i];
        }
        cache.PagesRendered = rendered;
        context.Log.Count("pages", context.Pages.Count);
    }
}
