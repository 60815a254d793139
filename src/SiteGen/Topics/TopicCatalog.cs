using SiteGen.Content;

namespace SiteGen.Topics;

/// <summary>
/// content/topics.yaml: the eight topics the site reads the plans by (air, water, soil &amp; groundwater,
/// ecology, climate &amp; energy, waste &amp; risk, rural, governance), each with the rules that tag plan
/// sections with it. Per-place corrections live in content/places/&lt;slug&gt;/topics.yaml.
/// </summary>
public sealed class TopicCatalog : ILocated
{
    public List<TopicDefinition> Topics { get; set; } = [];

    public SourceLocation Location { get; set; }

    public TopicDefinition? Find(string id) => Topics.FirstOrDefault(t => t.Id == id);
}

/// <summary>A topic and its tagging rules.</summary>
public sealed class TopicDefinition : ILocated
{
    public string Id { get; set; } = "";
    public LocalizedText Name { get; set; } = new();
    /// <summary>One or two sentences on what the topic covers, for its page.</summary>
    public LocalizedText Summary { get; set; } = new();
    /// <summary>Words that tag a section when its heading, or a heading inside it, contains one.</summary>
    public List<string> Heading { get; set; } = [];
    /// <summary>Words counted in a section's text (paragraphs, table rows).</summary>
    public List<string> Text { get; set; } = [];
    /// <summary>Words blanked out of headings and text before the rules look (地下水 for water).</summary>
    public List<string> Except { get; set; } = [];
    /// <summary>How many occurrences of <see cref="Text"/> words, all together, tag a section.</summary>
    public int MinText { get; set; } = 3;

    public SourceLocation Location { get; set; }
}
