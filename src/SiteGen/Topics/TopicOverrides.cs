using SiteGen.Content;

namespace SiteGen.Topics;

/// <summary>
/// content/places/&lt;slug&gt;/topics.yaml: reviewed corrections of the topic rules for one place's
/// sections. Each entry names a section as "&lt;plan&gt;#&lt;anchor&gt;" and adds, removes or sets its topics;
/// a section left without topics must say why (reason, in zh and en): an entry with a reason alone
/// explains a section the rules give no topic.
/// </summary>
public sealed class TopicOverrideFile : ILocated
{
    /// <summary>Plan slug → topics every section of that plan is about (Zhenglan's air, water and soil plans).</summary>
    public Dictionary<string, List<string>> Plans { get; set; } = [];
    public List<TopicOverride> Sections { get; set; } = [];

    public SourceLocation Location { get; set; }
}

public sealed class TopicOverride : ILocated
{
    /// <summary>"eco-plan#ch2-s1": plan slug and section anchor (front text: "#front").</summary>
    public string At { get; set; } = "";
    public List<string>? Add { get; set; }
    public List<string>? Remove { get; set; }
    /// <summary>Topics the section only mentions: listed with a link, not set out in full on compare pages
    /// (an annex that restates the plan's tasks as a table).</summary>
    public List<string>? Mention { get; set; }
    /// <summary>Replaces what the rules found; an empty list means "no topic" and needs a reason.</summary>
    public List<string>? Set { get; set; }
    /// <summary>Why: required when the section ends up with no topic; shown on the topics page.</summary>
    public LocalizedText? Reason { get; set; }

    public SourceLocation Location { get; set; }
}
