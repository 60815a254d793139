using SiteGen.Content;

namespace SiteGen.Import;

/// <summary>A raw plan text as published, split into numbered lines. Never modified.</summary>
public sealed class RawSource
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Lines { get; init; }

    public static RawSource Load(string path, string displayPath) => FromText(ContentFile.ReadText(path, displayPath), displayPath);

    public static RawSource FromText(string text, string displayPath)
    {
        var lines = text.Split('\n');
        // A final newline does not make an extra line.
        if (lines.Length > 0 && lines[^1].Length == 0) lines = lines[..^1];
        return new RawSource { Name = displayPath, Lines = lines };
    }

    /// <summary>The text of line n (1-based).</summary>
    public string this[int n] => Lines[n - 1];

    public int Count => Lines.Count;

    public SourceLocation At(int line) => new(Name, line);
}

/// <summary>An inclusive range of 1-based line numbers, written "12-40" or "7".</summary>
public readonly record struct LineRange(int First, int Last)
{
    public bool Contains(int line) => line >= First && line <= Last;

    public IEnumerable<int> All() => Enumerable.Range(First, Last - First + 1);

    public override string ToString() => First == Last ? $"{First}" : $"{First}-{Last}";

    public static LineRange Parse(string text, SourceLocation where)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2 && int.TryParse(parts[0], out var first) && first > 0)
        {
            var last = first;
            if (parts.Length == 1 || (int.TryParse(parts[1], out last) && last >= first))
                return new LineRange(first, last);
        }
        throw new ContentException(where, $"'{text}' is not a line range", "write a range as 'first-last', e.g. 12-40, or one line number");
    }
}
