using SiteGen.Content;
using SiteGen.Templates;

namespace SiteGen.Build.Stages;

/// <summary>Reads content/, the translations and the templates; every reference is checked here.</summary>
public sealed class LoadContent : IBuildStage
{
    public void Run(BuildContext context)
    {
        context.Content = ContentLoader.Load(context.Paths);
        context.Translations = new Translations(context.Paths.Templates, context.Content.Site.Languages);
        context.Templates = new TemplateEngine(context.Paths.Templates);
        context.Log.Info($"  {context.Content.Places.Count} places, {context.Content.Plans.Count()} plans");
    }
}
