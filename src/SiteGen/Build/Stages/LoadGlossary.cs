using SiteGen.Glossary;

namespace SiteGen.Build.Stages;

/// <summary>Reads the glossary (content/glossary.yaml); its terms are linked when plan texts are parsed.</summary>
public sealed class LoadGlossary : IBuildStage
{
    public void Run(BuildContext context) => context.GlossaryFile = GlossaryLoader.Load(context.Paths, context.TopicCatalog);
}
