using SiteGen.Content;

namespace SiteGen.Figures;

/// <summary>
/// content/indicators.yaml: the topics and the indicators the plans measure. A figure of a plan names
/// its catalog indicator where one fits; the cross-place pages compare figures per indicator.
/// </summary>
public sealed class IndicatorCatalog : ILocated
{
    public List<Topic> Topics { get; set; } = [];
    public List<Indicator> Indicators { get; set; } = [];

    public SourceLocation Location { get; set; }

    public Topic? FindTopic(string id) => Topics.FirstOrDefault(t => t.Id == id);

    public Indicator? FindIndicator(string id) => Indicators.FirstOrDefault(i => i.Id == id);
}

/// <summary>A field of environmental policy: air, water, soil &amp; groundwater, ecology, climate &amp; energy, waste &amp; risk, rural, governance.</summary>
public sealed class Topic : ILocated
{
    public string Id { get; set; } = "";
    public LocalizedText Name { get; set; } = new();

    public SourceLocation Location { get; set; }
}

/// <summary>Something the plans measure, named the same way across places (森林覆盖率, PM2.5 年均浓度…).</summary>
public sealed class Indicator : ILocated
{
    public string Id { get; set; } = "";
    public LocalizedText Name { get; set; } = new();
    /// <summary>The unit its figures are compared in (normalised, see <see cref="Units"/>); null where the plans use several.</summary>
    public string? Unit { get; set; }
    public string Topic { get; set; } = "";
    /// <summary>higher, lower, or none (no direction: a count, a year, a qualitative state).</summary>
    public string Better { get; set; } = "none";
    public LocalizedText Definition { get; set; } = new();
    /// <summary>The words the plans use for it, as written (for finding it in the text).</summary>
    public List<string> Terms { get; set; } = [];
    /// <summary>False where a level depends on natural conditions or size, so that marking the strictest target would mislead.</summary>
    public bool Strictest { get; set; } = true;
    /// <summary>What a reader must know before comparing places: scopes, exclusions, defects.</summary>
    public List<Caveat> Caveats { get; set; } = [];

    public SourceLocation Location { get; set; }

    public bool HigherIsBetter => Better == "higher";
    public bool LowerIsBetter => Better == "lower";
}

/// <summary>A comparability note on an indicator, about one place or about all.</summary>
public sealed class Caveat : ILocated
{
    /// <summary>The place slug the caveat is about; null when it concerns the indicator as a whole.</summary>
    public string? Place { get; set; }
    public string Zh { get; set; } = "";
    public string En { get; set; } = "";

    public SourceLocation Location { get; set; }

    public string In(string language) => language == "en" && En.Length > 0 ? En : Zh;
}
