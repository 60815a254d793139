namespace SiteGen.Content;

/// <summary>Site-wide settings (content/site.yaml).</summary>
public sealed class SiteConfig : ILocated
{
    public LocalizedText Title { get; set; } = new();
    public LocalizedText Tagline { get; set; } = new();
    /// <summary>Absolute URL the site is published under, ending in '/'; used for canonical links and citations.</summary>
    public string BaseUrl { get; set; } = "";
    public List<string> Languages { get; set; } = ["zh", "en"];
    /// <summary>Place slugs in the order the home page lists them.</summary>
    public List<string> Places { get; set; } = [];
    /// <summary>Where readers send corrections: an e-mail address the editors read (empty: none published yet).</summary>
    public string CorrectionsContact { get; set; } = "";

    public SourceLocation Location { get; set; }
}
