using SiteGen.Topics;

namespace SiteGen.Build.Stages;

/// <summary>
/// Tags every section of every plan with its topics: the rules, then each place's reviewed overrides. A
/// new place (no topics.yaml yet) builds, with a warning for the sections the rules give no topic.
/// </summary>
public sealed class TagTopics : IBuildStage
{
    public void Run(BuildContext context)
    {
        var overrides = TopicLoader.LoadOverrides(context.Paths, context.Content);
        context.Topics = TopicTagger.Tag(context.TopicCatalog, context.Content, context.Plans, overrides);
        var index = context.Topics;
        context.Log.Info($"  {index.Sections.Count} sections, {index.Sections.Count(s => s.Topics.Count > 0)} with topics, {index.Untagged.Count()} without");
        var reviewed = overrides.Select(o => o.Place.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var draft in index.Untagged.Where(s => s.Reason is null).GroupBy(s => s.Section.Plan.Place.Slug).Where(g => !reviewed.Contains(g.Key)))
            context.Log.Warn($"content/places/{draft.Key}/{TopicLoader.OverridesFile} does not exist: {draft.Count()} sections have no topic and are on no topic page; " +
                             $"review them with `sitegen topics --place {draft.Key}`");
    }
}
