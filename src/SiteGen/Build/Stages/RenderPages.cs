using SiteGen.Output;
using SiteGen.Pages;

namespace SiteGen.Build.Stages;

/// <summary>Collects the pages of every page source in every language and renders them in parallel.</summary>
public sealed class RenderPages : IBuildStage
{
    public void Run(BuildContext context)
    {
        foreach (var language in context.Languages)
            foreach (var source in context.PageSources)
                context.Pages.AddRange(source.Pages(context, language));
        var duplicate = context.Pages.GroupBy(p => p.Url).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"two pages have the URL {duplicate.Key}");

        var renderer = new PageRenderer(context);
        var html = InOrder.Map(context.Pages, renderer.Render);
        for (var i = 0; i < html.Count; i++) context.Output.Add(SiteUrls.FileOf(context.Pages[i].Url), html[i]);
        context.Log.Info($"  {context.Pages.Count} pages");
    }
}
