namespace SiteGen.Content;

/// <summary>A place in a content file, as people read it: 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column = 1)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}

/// <summary>Content objects that remember where in which file they were written.</summary>
public interface ILocated
{
    SourceLocation Location { get; set; }
}
