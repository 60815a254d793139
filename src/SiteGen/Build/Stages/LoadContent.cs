using SiteGen.Content;
using SiteGen.Templates;

namespace SiteGen.Build.Stages;

/// <summary>
/// Reads content/, the translations and the templates; every reference is checked here. Templates are
/// parsed again only if a file under templates/ changed since the last build.
/// </summary>
public sealed class LoadContent : IBuildStage
{
    public void Run(BuildContext context)
    {
        var paths = context.Paths;
        var cache = context.Cache;
        context.Content = ContentLoader.Load(paths);
        context.Translations = new Translations(paths.Templates, context.Content.Site.Languages);
        var templatesKey = ContentKey.OfFiles([paths.Templates], _ => false);
        if (cache.Templates is null || cache.TemplatesKey != templatesKey)
        {
            cache.Templates = new TemplateEngine(paths.Templates);
            cache.TemplatesKey = templatesKey;
        }
        context.Templates = cache.Templates;
        cache.SiteKey = templatesKey + ContentKey.OfFiles([paths.Content],
            file => file.EndsWith(".md", StringComparison.Ordinal) && file.StartsWith(paths.Places, StringComparison.Ordinal));
        context.Log.Count("places", context.Content.Places.Count);
        context.Log.Count("plans", context.Content.Plans.Count());
    }
}
