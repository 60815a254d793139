using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Content;

namespace SiteGen.Topics;

/// <summary>Reads content/topics.yaml and the places' topics.yaml overrides, checking ids and names.</summary>
public static partial class TopicLoader
{
    public const string CatalogFile = "topics.yaml";
    public const string OverridesFile = "topics.yaml";

    public static TopicCatalog LoadCatalog(ProjectPaths paths)
    {
        var file = Path.Combine(paths.Content, CatalogFile);
        var catalog = YamlReader.ReadShared<TopicCatalog>(file, paths.Display(file));
        if (catalog.Topics.Count == 0) throw new ContentException(catalog.Location, "no topics defined");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in catalog.Topics)
        {
            if (!Id().IsMatch(topic.Id))
                throw new ContentException(topic.Location, $"topic id '{topic.Id}' must be lower-case letters, digits and '-'");
            if (!seen.Add(topic.Id)) throw new ContentException(topic.Location, $"topic '{topic.Id}' is defined twice");
            if (topic.Name.Zh.Length == 0 || topic.Name.En.Length == 0 || topic.Summary.Zh.Length == 0 || topic.Summary.En.Length == 0)
                throw new ContentException(topic.Location, $"topic '{topic.Id}' needs a name and a summary in zh and en");
            if (topic.Heading.Count + topic.Text.Count == 0)
                throw new ContentException(topic.Location, $"topic '{topic.Id}' has no rule (heading or text words)");
            if (topic.MinText < 1) throw new ContentException(topic.Location, $"min_text of '{topic.Id}' must be at least 1");
        }
        return catalog;
    }

    public static List<TopicTagger.PlaceOverrides> LoadOverrides(ProjectPaths paths, ContentSet content)
    {
        var list = new List<TopicTagger.PlaceOverrides>();
        foreach (var place in content.Places)
        {
            var file = Path.Combine(paths.Places, place.Slug, OverridesFile);
            if (!File.Exists(file)) continue;
            var display = paths.Display(file);
            list.Add(new TopicTagger.PlaceOverrides(place, display, YamlReader.ReadShared<TopicOverrideFile>(file, display)));
        }
        return list;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")] private static partial Regex Id();
}
