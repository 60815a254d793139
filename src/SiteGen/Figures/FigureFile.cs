using SiteGen.Content;

namespace SiteGen.Figures;

/// <summary>
/// content/places/&lt;slug&gt;/figures.yaml: every figure of a place's plans, curated by hand. Figures are
/// grouped by the quote that holds them; a group's fields are the defaults of its figures. Numbers
/// with units that are not figures (dates in words, thresholds that define a scope, names such as
/// 六个百分之百) are listed under <c>ignore</c> with a reason.
/// </summary>
public sealed class FigureFile : ILocated
{
    /// <summary>The plan slug quotes come from unless a group names another.</summary>
    public string? Plan { get; set; }
    /// <summary>Units a plan names once for all its measures (Wuhai: "以下均需各区委、区政府落实，不再列出").</summary>
    public Responsible? Responsible { get; set; }
    public List<QuoteGroup> Quotes { get; set; } = [];
    public List<IgnoredNumber> Ignore { get; set; } = [];

    public SourceLocation Location { get; set; }
}

/// <summary>Lead units stated once in a passage for every figure of the file's plan that names none of its own.</summary>
public sealed class Responsible : ILocated
{
    /// <summary>The passage that says so.</summary>
    public string At { get; set; } = "";
    public List<string> Lead { get; set; } = [];

    public SourceLocation Location { get; set; }
}

/// <summary>The fields a figure has; on a quote group they are defaults for its figures.</summary>
public abstract class FigureFields
{
    /// <summary>The measured thing as the plan words it (must occur in the passage).</summary>
    public string? Metric { get; set; }
    /// <summary>Catalog indicator id, or null for a place-specific metric.</summary>
    public string? Indicator { get; set; }
    /// <summary>Catalog topic id, for a place-specific metric (an indicator brings its own).</summary>
    public string? Topic { get; set; }
    /// <summary>baseline, achievement or target.</summary>
    public string? Kind { get; set; }
    /// <summary>The year the value refers to or is due (a period's last year for 十三五 achievements).</summary>
    public int? Year { get; set; }
    /// <summary>The year or deadline as written (到2025年, 2023年底前, “十三五”期间).</summary>
    public string? When { get; set; }
    /// <summary>The value as written: a number with its unit and comparator words, or qualitative words.</summary>
    public string? Value { get; set; }
    /// <summary>The unit where the value itself carries none (a table's "(%)" column label).</summary>
    public string? Unit { get; set; }
    /// <summary>≥ ≤ ≈ &gt; &lt; where the comparator word stands outside the value.</summary>
    public string? Comparator { get; set; }
    /// <summary>True for a 力争 (strive for) target.</summary>
    public bool? Aspirational { get; set; }
    /// <summary>约束性 or 预期性, where the plan states it.</summary>
    public string? Binding { get; set; }
    /// <summary>Where the figure applies (城市, 中心城区, 上都镇, 建成区…).</summary>
    public string? Scope { get; set; }
    /// <summary>For a table row: the header of the column that holds the value.</summary>
    public string? Column { get; set; }
    /// <summary>Lead units (责任单位, 牵头).</summary>
    public List<string>? Lead { get; set; }
    /// <summary>Supporting units (配合单位).</summary>
    public List<string>? Support { get; set; }
    /// <summary>Supervising departments (Wuhai's 监管部门 / 监管单位).</summary>
    public List<string>? Supervisors { get; set; }
    /// <summary>Deadline as written (完成时限).</summary>
    public string? Deadline { get; set; }
    /// <summary>An editor's note on this figure (a defect or ambiguity of the source), never a correction.</summary>
    public LocalizedText? Note { get; set; }
}

/// <summary>A verbatim quote of a plan and the figures it holds.</summary>
public sealed class QuoteGroup : FigureFields, ILocated
{
    /// <summary>Plan slug, when the file's default does not apply.</summary>
    public string? Plan { get; set; }
    /// <summary>Anchor of the paragraph or table row; found from the quote when omitted.</summary>
    public string? At { get; set; }
    /// <summary>The words of the plan, verbatim. For a table row it may be omitted: the row is the quote.</summary>
    public string? Quote { get; set; }
    /// <summary>Anchor of the task-list row (Zhenglan's annexes) naming deadline and units for this quote.</summary>
    public string? Task { get; set; }
    /// <summary>Other passages of the plan that state the same figures (a goal restated in the task list).</summary>
    public List<string> Also { get; set; } = [];
    public List<FigureEntry> Figures { get; set; } = [];

    public SourceLocation Location { get; set; }
}

public sealed class FigureEntry : FigureFields, ILocated
{
    public SourceLocation Location { get; set; }
}

/// <summary>A number with a unit in a plan's text that is not a figure, and why.</summary>
public sealed class IgnoredNumber : ILocated
{
    public string? Plan { get; set; }
    /// <summary>Limits the entry to one passage; otherwise every occurrence in the plan is meant.</summary>
    public string? At { get; set; }
    /// <summary>The words holding the number, verbatim.</summary>
    public string Text { get; set; } = "";
    public string Reason { get; set; } = "";

    public SourceLocation Location { get; set; }
}
