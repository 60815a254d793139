namespace SiteGen.Import;

/// <summary>A block of the converted text, with the source lines it came from.</summary>
public abstract record ImportBlock(int Line);

public sealed record HeadingImport(int Line, int Level, string Text) : ImportBlock(Line);

public sealed record ParagraphImport(int Line, string Text) : ImportBlock(Line)
{
    public List<int> Lines { get; init; } = [Line];
}

/// <summary>A table, header rows first. A null cell is covered by a span from above (^^) or the left (&lt;&lt;).</summary>
public sealed record TableImport(int Line, string? Caption, int HeaderRows, List<TableCellImport?[]> Rows) : ImportBlock(Line)
{
    public int? CaptionLine { get; init; }
}

public sealed record TableCellImport(int Line, string Text)
{
    public int RowSpan { get; set; } = 1;
    public int ColSpan { get; set; } = 1;
}

/// <summary>Something the importer dropped from the source, and why.</summary>
public sealed record DroppedLine(int Line, string Text, string Reason);
