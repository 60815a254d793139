using YamlDotNet.Serialization;

namespace SiteGen.Content;

/// <summary>
/// One plan document, citable on its own (content/places/&lt;place&gt;/&lt;slug&gt;.yaml). Its text is the
/// Markdown file of the same name, which <c>sitegen import</c> writes from the raw source.
/// </summary>
public sealed class Plan : ILocated
{
    public LocalizedText Title { get; set; } = new();
    public LocalizedText ShortTitle { get; set; } = new();
    public LocalizedText Issuer { get; set; } = new();
    /// <summary>文号, e.g. 昌市政办发〔2022〕12号; null where the document carries none.</summary>
    public string? DocNumber { get; set; }
    /// <summary>索引号 of the publishing portal, where given.</summary>
    public string? IndexNumber { get; set; }
    /// <summary>Date of signing (成文日期) exactly as the source writes it.</summary>
    public string? Signed { get; set; }
    /// <summary>Date the page was posted (发布日期) exactly as the source writes it.</summary>
    public string? Posted { get; set; }
    /// <summary>Plan period as the text states it (zh), with an English gloss.</summary>
    public LocalizedText Period { get; set; } = new();
    /// <summary>十四五规划 / 实施方案 / 年度工作方案 / 通知.</summary>
    public LocalizedText Type { get; set; } = new();
    /// <summary>final, or draft (征求意见稿).</summary>
    public string Status { get; set; } = "final";
    /// <summary>File name under content/sources/.</summary>
    public string Source { get; set; } = "";
    /// <summary>Where the text was found and what the page said of itself (来源, reposting site).</summary>
    public LocalizedText? SourceNote { get; set; }
    /// <summary>For a plan issued inside a notice (Zhenglan's three work plans): the notice's slug.</summary>
    public string? PartOf { get; set; }

    public SourceLocation Location { get; set; }

    [YamlIgnore] public string Slug { get; set; } = "";
    [YamlIgnore] public Place Place { get; set; } = null!;
    [YamlIgnore] public string Id => $"{Place.Slug}/{Slug}";
    [YamlIgnore] public PlanText Text { get; set; } = null!;
    [YamlIgnore] public bool IsDraft => Status == "draft";
}
