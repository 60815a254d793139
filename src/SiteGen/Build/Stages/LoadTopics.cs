using SiteGen.Topics;

namespace SiteGen.Build.Stages;

/// <summary>Reads the topics and their tagging rules (content/topics.yaml).</summary>
public sealed class LoadTopics : IBuildStage
{
    public void Run(BuildContext context) => context.TopicCatalog = TopicLoader.LoadCatalog(context.Paths);
}
