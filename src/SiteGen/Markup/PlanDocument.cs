using Markdig.Syntax;
using SiteGen.Content;

namespace SiteGen.Markup;

/// <summary>
/// A plan's text parsed and anchored: the front matter text (before the first chapter), the chapters
/// (one page each), the table of contents, and every citable passage by its anchor id.
/// </summary>
public sealed class PlanDocument
{
    public required Plan Plan { get; init; }
    public required MarkdownDocument Markdown { get; init; }
    public required List<Block> Front { get; init; }
    public required List<PlanChapter> Chapters { get; init; }
    public required List<TocEntry> Toc { get; init; }
    public required IReadOnlyDictionary<string, Passage> Passages { get; init; }
    /// <summary>Passages in reading order.</summary>
    public required IReadOnlyList<Passage> PassageList { get; init; }
}

/// <summary>A top-level section (章, or 一、 in an implementation plan): one page of the site.</summary>
public sealed class PlanChapter
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required HeadingBlock Heading { get; init; }
    public List<Block> Blocks { get; } = [];
    public int Index { get; init; }
}

public sealed class TocEntry
{
    public required string Id { get; init; }
    public required int Level { get; init; }
    public required string Text { get; init; }
    /// <summary>The chapter whose page holds this heading.</summary>
    public required string ChapterId { get; init; }
    public List<TocEntry> Children { get; } = [];
}

/// <summary>A citable passage: a heading, a paragraph, a table (its caption) or a table row.</summary>
public sealed record Passage(
    string Id,
    string Kind,
    string Text,
    string? ChapterId,
    IReadOnlyList<string> SectionPath,
    SourceLocation Location)
{
    /// <summary>Editor's notes on defects in this passage.</summary>
    public IReadOnlyList<Extensions.EditorNotes.EditorNoteInline> Notes { get; init; } = [];
}
