using SiteGen.Content;

namespace SiteGen.Import;

/// <summary>What the stages of one import share: the raw source, its hints, the cleaned lines.</summary>
public sealed class ImportContext
{
    readonly string?[] cleaned;

    public ImportContext(RawSource source, ImportHints hints)
    {
        Source = source;
        Hints = hints;
        Notes = new EditorNotes(hints.Notes);
        cleaned = new string?[source.Count + 1];
    }

    public RawSource Source { get; }
    public ImportHints Hints { get; }
    public EditorNotes Notes { get; }
    public HashSet<int> Clutter { get; } = [];
    public List<DroppedLine> Dropped { get; } = [];
    public List<ImportWarning> Warnings { get; } = [];
    /// <summary>Paragraphs re-joined across a page break: last line of the first part, first line of the second.</summary>
    public List<(int Previous, int Next)> Joined { get; } = [];

    /// <summary>Line n without layout whitespace, with its editor's notes marked.</summary>
    public string Cleaned(int n) => cleaned[n] ??= Notes.Mark(n, HeadingRules.KeepNumberGap(Source[n]));

    public bool IsBlank(int n) => TextCleaner.IsBlank(Source[n]);

    public void Warn(int line, string message) => Warnings.Add(new ImportWarning(Source.At(line), message));

    public ContentException Error(int line, string message, string? hint = null) => new(Source.At(line), message, hint);
}

public sealed record ImportWarning(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: warning: {Message}";
}
