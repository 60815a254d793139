using SiteGen.Content;

namespace SiteGen.Import;

/// <summary>
/// Per-source import hints (content/places/&lt;place&gt;/import.yaml): what the general rules of
/// <see cref="PlanImporter"/> cannot know about one raw text. Every entry names source line numbers,
/// so a reviewer can check it against the raw file.
/// </summary>
public sealed class ImportHints : ILocated
{
    /// <summary>File name under content/sources/.</summary>
    public string Source { get; set; } = "";
    /// <summary>The plan documents this source holds; default: one document over the whole text.</summary>
    public List<DocumentHint> Documents { get; set; } = [];
    public List<ClutterHint> Clutter { get; set; } = [];
    public List<HeadingHint> Headings { get; set; } = [];
    /// <summary>Join sentences split by PDF page breaks automatically (see <see cref="PageBreakJoiner"/>).</summary>
    public bool JoinPageBreaks { get; set; }
    /// <summary>Lines that continue the previous paragraph although the general rules would not join them.</summary>
    public List<int> Joins { get; set; } = [];
    /// <summary>Lines that start a new paragraph although the page-break rule would join them.</summary>
    public List<int> NoJoin { get; set; } = [];
    public List<TableHint> Tables { get; set; } = [];
    public List<NoteHint> Notes { get; set; } = [];

    public SourceLocation Location { get; set; }
}

public sealed class DocumentHint : ILocated
{
    /// <summary>Slug of the plan record this part of the source becomes.</summary>
    public string Plan { get; set; } = "";
    /// <summary>Line range, "first-last" (1-based, inclusive).</summary>
    public string Lines { get; set; } = "";
    public SourceLocation Location { get; set; }
}

public sealed class ClutterHint : ILocated
{
    public string Lines { get; set; } = "";
    public string Reason { get; set; } = "";
    public SourceLocation Location { get; set; }
}

public sealed class HeadingHint : ILocated
{
    public int Line { get; set; }
    /// <summary>2–5 for a heading; 0 for "not a heading, a paragraph".</summary>
    public int Level { get; set; }
    public SourceLocation Location { get; set; }
}

public sealed class TableHint : ILocated
{
    /// <summary>Line range of the table cells, header included.</summary>
    public string Lines { get; set; } = "";
    /// <summary>pipe-cells (one cell per line ending in " |"), numbered-rows (one cell per line, rows start
    /// at a number), tabs (one row per line, tab-separated), box (a 专栏: title line, then items).</summary>
    public string Layout { get; set; } = "";
    public int Columns { get; set; }
    /// <summary>Line of the caption (表 1 …); it becomes the table's caption.</summary>
    public int? Caption { get; set; }
    public int HeaderRows { get; set; } = 1;
    /// <summary>Column spans of the header's non-empty cells, left to right (tabs layout).</summary>
    public List<int> HeaderSpans { get; set; } = [];
    /// <summary>Lines that continue the cell of the previous non-blank line (cells broken over lines).</summary>
    public List<int> Joins { get; set; } = [];
    /// <summary>Cells that span rows: the cell starting at this line covers this many rows.</summary>
    public List<SpanHint> RowSpans { get; set; } = [];
    /// <summary>numbered-rows: cells beyond a full row continue in a new row from this column (1-based),
    /// the columns before it spanning down.</summary>
    public int RepeatFromColumn { get; set; }
    public SourceLocation Location { get; set; }
}

public sealed class SpanHint : ILocated
{
    public int Line { get; set; }
    public int Rows { get; set; }
    public SourceLocation Location { get; set; }
}

public sealed class NoteHint : ILocated
{
    public int Line { get; set; }
    /// <summary>The defective text exactly as in the source line; marked, never changed.</summary>
    public string Match { get; set; } = "";
    public string Note { get; set; } = "";
    public string NoteEn { get; set; } = "";
    public SourceLocation Location { get; set; }
}
