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
        context.Topics = TopicTagger.Tag(context.TopicCatalog, context.Content, context.Plans, overrides, rules: KeptRules(context));
        var index = context.Topics;
        context.Log.Info($"  {index.Sections.Count} sections, {index.Sections.Count(s => s.Topics.Count > 0)} with topics, {index.Untagged.Count()} without");
        var reviewed = overrides.Select(o => o.Place.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var draft in index.Untagged.Where(s => s.Reason is null).GroupBy(s => s.Section.Plan.Place.Slug).Where(g => !reviewed.Contains(g.Key)))
            context.Log.Warn($"content/places/{draft.Key}/{TopicLoader.OverridesFile} does not exist: {draft.Count()} sections have no topic and are on no topic page; " +
                             $"review them with `sitegen topics --place {draft.Key}`");
    }

    /// <summary>
    /// Under `sitegen serve`, the rules' matches of a section are kept while the catalog (parsed once while
    /// its text is the same) and the section's text are the same. Null (the rules themselves) in a one-shot build.
    /// </summary>
    static Func<Markup.PlanSection, IReadOnlyList<TopicRules.Match>>? KeptRules(BuildContext context)
    {
        if (context.Cache.OneShot) return null;
        var catalog = context.TopicCatalog;
        var kept = context.Cache.TopicMatches.Catalog == catalog ? context.Cache.TopicMatches.Sections : new();
        var used = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<TopicRules.Match>>(StringComparer.Ordinal);
        context.Cache.TopicMatches = (catalog, used);
        return section => used.GetOrAdd(section.Plan.Id + "#" + context.Plans[section.Plan.Id].Keys.Section(section),
            key => kept.TryGetValue(key, out var matches) ? matches : TopicRules.Apply(catalog, section));
    }
}
