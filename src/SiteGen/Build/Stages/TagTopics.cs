using SiteGen.Topics;

namespace SiteGen.Build.Stages;

/// <summary>Tags every section of every plan with its topics: the rules, then each place's reviewed overrides.</summary>
public sealed class TagTopics : IBuildStage
{
    public void Run(BuildContext context)
    {
        var overrides = TopicLoader.LoadOverrides(context.Paths, context.Content);
        context.Topics = TopicTagger.Tag(context.TopicCatalog, context.Content, context.Plans, overrides);
        var index = context.Topics;
        context.Log.Info($"  {index.Sections.Count} sections, {index.Sections.Count(s => s.Topics.Count > 0)} with topics, {index.Untagged.Count()} without (reasons given)");
    }
}
