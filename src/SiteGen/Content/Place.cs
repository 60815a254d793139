namespace SiteGen.Content;

/// <summary>A place whose plans the site publishes (content/places/&lt;slug&gt;/place.yaml).</summary>
public sealed class Place : ILocated
{
    public string Slug { get; set; } = "";
    public LocalizedText Name { get; set; } = new();
    /// <summary>Administrative level as the Chinese system names it: 地级市, 县级市, 旗.</summary>
    public LocalizedText Level { get; set; } = new();
    /// <summary>The administrative units above it, nearest first (e.g. 锡林郭勒盟, 内蒙古自治区).</summary>
    public List<LocalizedText> Parents { get; set; } = [];
    public LocalizedText Summary { get; set; } = new();
    /// <summary>Slugs of the plan records in this folder, in the order pages list them.</summary>
    [YamlDotNet.Serialization.YamlMember(Alias = "plans")] public List<string> PlanSlugs { get; set; } = [];

    public SourceLocation Location { get; set; }

    /// <summary>The plans of this place, in the order of <see cref="PlanSlugs"/>; filled by the loader.</summary>
    [YamlDotNet.Serialization.YamlIgnore] public List<Plan> Plans { get; } = [];
}
