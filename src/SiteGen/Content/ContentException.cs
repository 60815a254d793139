namespace SiteGen.Content;

/// <summary>
/// Bad input: a content, template or source problem that the person editing can fix.
/// Always names the file and line; the build prints it and exits non-zero.
/// </summary>
public sealed class ContentException(SourceLocation location, string message, string hint, Exception? inner = null)
    : Exception(message, inner)
{
    public SourceLocation Location { get; } = location;
    /// <summary>How to fix it: every content error says.</summary>
    public string Hint { get; } = hint;

    public string Describe() => $"{Location}: error: {Message}\n  hint: {Hint}";
}
