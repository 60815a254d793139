using SiteGen.Content;

namespace SiteGen.Compare;

/// <summary>
/// content/chapter-alignment.yaml: which chapters and sections of plans with a similar structure (the
/// three 十四五 plans) treat the same subject, row by row, for reading two plans chapter by chapter.
/// </summary>
public sealed class ChapterAlignmentFile : ILocated
{
    /// <summary>Plan ids ("hohhot/eco-plan"), in the order the pages list them.</summary>
    public List<string> Plans { get; set; } = [];
    public List<AlignmentRow> Rows { get; set; } = [];

    public SourceLocation Location { get; set; }
}

public sealed class AlignmentRow : ILocated
{
    /// <summary>Lower-case words joined by '-': the row's page is /compare/plans/&lt;a&gt;-&lt;b&gt;/&lt;id&gt;/.</summary>
    public string Id { get; set; } = "";
    public LocalizedText Name { get; set; } = new();
    /// <summary>Per plan id: the anchors of its chapters (all their sections) or sections in this row.</summary>
    public Dictionary<string, List<string>> Sections { get; set; } = [];

    public SourceLocation Location { get; set; }
}
