using SiteGen.Content;
using SiteGen.Markup;

namespace SiteGen.Topics;

/// <summary>
/// Tags every section of every plan: the rules of content/topics.yaml first, then the place's reviewed
/// overrides. An override that names no section, an unknown topic, or changes nothing is an error, and
/// so is a section left without topic and without a reason, once the place has its topics.yaml: the
/// tagging stays reviewed as the rules and texts change.
/// </summary>
public static class TopicTagger
{
    public sealed record PlaceOverrides(Place Place, string File, TopicOverrideFile Data);

    /// <param name="rules">The rules' matches of a section (<see cref="TopicRules.Apply"/>, or what an earlier build kept of it).</param>
    public static TopicIndex Tag(TopicCatalog catalog, ContentSet content, IReadOnlyDictionary<string, RenderedPlan> plans,
        IReadOnlyList<PlaceOverrides> overrides, bool strict = true, Func<PlanSection, IReadOnlyList<TopicRules.Match>>? rules = null)
    {
        rules ??= section => TopicRules.Apply(catalog, section);
        var byPlace = overrides.ToDictionary(o => o.Place.Slug);
        // Places are tagged on all cores, each on its own; their sections are joined in site order (and the
        // first failing place, in site order, reports its error, as a loop over the places would).
        var perPlace = Build.InOrder.Map(content.Places, place =>
        {
            var tagged = new List<TaggedSection>();
            var sections = place.Plans.SelectMany(p => plans[p.Id].Sections).ToList();
            var entries = byPlace.TryGetValue(place.Slug, out var o) ? Index(o, sections) : [];
            var planTopics = o is null ? [] : PlanTopics(catalog, o);
            foreach (var section in sections)
            {
                var matches = rules(section);
                var topics = matches.Select(r => r.Topic).ToList();
                var evidence = matches.ToDictionary(r => r.Topic.Id, r => r.Evidence, StringComparer.Ordinal);
                var parts = matches.Where(r => r.Parts.Count > 0).ToDictionary(r => r.Topic.Id, r => r.Parts, StringComparer.Ordinal);
                foreach (var topic in planTopics.GetValueOrDefault(section.Plan.Slug, []))
                {
                    if (!topics.Contains(topic)) topics.Add(topic);
                    if (!evidence.TryGetValue(topic.Id, out var why) || why.StartsWith(TopicRules.TextEvidence, StringComparison.Ordinal))
                    {
                        evidence[topic.Id] = $"plan on {topic.Id} ({o!.File})";
                        parts.Remove(topic.Id);
                    }
                }
                LocalizedText? reason = null;
                if (entries.TryGetValue(section, out var entry))
                {
                    Apply(catalog, entry, o!.File, section, topics, evidence);
                    reason = entry.Reason;
                }
                // A place without topics.yaml is a new draft whose sections nobody reviewed yet: TagTopics warns.
                if (strict && o is not null && topics.Count == 0 && reason is null)
                    throw new ContentException(section.Passages.FirstOrDefault()?.Location ?? new SourceLocation(section.Plan.Text.Path, section.Plan.Text.BodyLine),
                        $"section {section} ({Describe(section)}) has no topic",
                        $"the rules of content/topics.yaml find none; add an entry 'at: {section.Key}' to content/places/{place.Slug}/topics.yaml with 'add: [...]', or 'set: []' and a reason");
                var ordered = catalog.Topics.Where(topics.Contains).ToList();
                foreach (var id in parts.Keys.Where(id => !topics.Any(t => t.Id == id)).ToList()) parts.Remove(id);
                tagged.Add(new TaggedSection { Section = section, Topics = ordered, Evidence = evidence, Reason = reason, Parts = parts });
            }
            return tagged;
        });
        return new TopicIndex { Catalog = catalog, Sections = perPlace.SelectMany(t => t).ToList() };
    }

    /// <summary>The topics a place's file gives whole plans, checked.</summary>
    static Dictionary<string, List<TopicDefinition>> PlanTopics(TopicCatalog catalog, PlaceOverrides file)
    {
        var result = new Dictionary<string, List<TopicDefinition>>(StringComparer.Ordinal);
        foreach (var (plan, ids) in file.Data.Plans)
        {
            if (file.Place.Plans.All(p => p.Slug != plan))
                throw new ContentException(file.Data.Location, $"'plans' names '{plan}', which is not a plan of {file.Place.Slug}");
            result[plan] = ids.Select(id => catalog.Find(id) ?? throw new ContentException(file.Data.Location,
                $"'plans' gives {plan} unknown topic '{id}'", "topics are: " + string.Join(", ", catalog.Topics.Select(t => t.Id)))).ToList();
        }
        return result;
    }

    static Dictionary<PlanSection, TopicOverride> Index(PlaceOverrides file, List<PlanSection> sections)
    {
        var byKey = sections.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var entries = new Dictionary<PlanSection, TopicOverride>();
        foreach (var entry in file.Data.Sections)
        {
            if (!byKey.TryGetValue(entry.At, out var section))
            {
                var plans = string.Join(", ", file.Place.Plans.Select(p => p.Slug));
                throw new ContentException(entry.Location, $"'{entry.At}' is not a section of {file.Place.Slug}'s plans ({plans})",
                    "name a section as <plan>#<anchor>: the anchor of a 节 or （一） heading, of a chapter, or 'front' for the text before the first chapter");
            }
            if (!entries.TryAdd(section, entry))
                throw new ContentException(entry.Location, $"'{entry.At}' has two entries (also at line {entries[section].Location.Line})");
        }
        return entries;
    }

    static void Apply(TopicCatalog catalog, TopicOverride entry, string file, PlanSection section,
        List<TopicDefinition> topics, Dictionary<string, string> evidence)
    {
        TopicDefinition Topic(string id) => catalog.Find(id) ?? throw new ContentException(entry.Location,
            $"unknown topic '{id}'", "topics are: " + string.Join(", ", catalog.Topics.Select(t => t.Id)));
        if (entry.Mention is not null)
        {
            if (entry.Set is not null || entry.Add is not null || entry.Remove is not null)
                throw new ContentException(entry.Location, "an entry either marks topics as mentioned or changes them, not both");
            foreach (var t in entry.Mention.Select(Topic))
            {
                if (evidence.TryGetValue(t.Id, out var why) && why.StartsWith(TopicRules.TextEvidence, StringComparison.Ordinal))
                    throw new ContentException(entry.Location, $"'mention: {t.Id}' has no effect: {section} only mentions it already ({why})");
                if (!topics.Contains(t)) topics.Add(t);
                evidence[t.Id] = $"{TopicRules.TextEvidence}(mentioned: {file})";
            }
            return;
        }
        if (entry.Set is null && entry.Add is null && entry.Remove is null)
        {
            if (entry.Reason is null)
                throw new ContentException(entry.Location, $"the entry for '{entry.At}' neither sets, adds nor removes topics, nor gives a reason");
            if (topics.Count > 0)
                throw new ContentException(entry.Location, $"'{entry.At}' has topics ({string.Join(", ", topics.Select(t => t.Id))}): a reason alone explains a section without topic",
                    "to take its topics away, write 'set: []' with the reason");
            return;
        }
        if (entry.Set is not null)
        {
            if (entry.Add is not null || entry.Remove is not null)
                throw new ContentException(entry.Location, "an entry either sets topics or adds and removes them, not both");
            var set = entry.Set.Select(Topic).ToList();
            if (set.Count == topics.Count && set.All(topics.Contains))
                throw new ContentException(entry.Location, $"'set' has no effect: the rules already give {section} exactly these topics");
            if (set.Count == 0 && entry.Reason is null)
                throw new ContentException(entry.Location, $"'{entry.At}' is left without topic; say why in 'reason' (zh and en)");
            foreach (var t in topics.Except(set)) evidence.Remove(t.Id);
            foreach (var t in set.Except(topics)) evidence[t.Id] = $"set in {file}";
            topics.Clear();
            topics.AddRange(set);
            return;
        }
        foreach (var t in (entry.Add ?? []).Select(Topic))
        {
            if (topics.Contains(t))
                throw new ContentException(entry.Location, $"adding '{t.Id}' has no effect: the rules already tag {section} with it ({evidence[t.Id]})");
            topics.Add(t);
            evidence[t.Id] = $"added in {file}";
        }
        foreach (var t in (entry.Remove ?? []).Select(Topic))
        {
            if (!topics.Remove(t))
                throw new ContentException(entry.Location, $"removing '{t.Id}' has no effect: {section} does not have it");
            evidence.Remove(t.Id);
        }
        if (topics.Count == 0 && entry.Reason is null)
            throw new ContentException(entry.Location, $"'{entry.At}' is left without topic; say why in 'reason' (zh and en)");
    }

    static string Describe(PlanSection section) => section.Title.Length > 0 ? section.Title : "front text";
}
