namespace SiteGen.Content;

/// <summary>
/// Bad input: a content, template or source problem that the person editing can fix.
/// Always names the file and line; the build prints it and exits non-zero.
/// </summary>
public sealed class ContentException(SourceLocation location, string message, string? hint = null, Exception? inner = null)
    : Exception(message, inner)
{
    public SourceLocation Location { get; } = location;
    /// <summary>How to fix it. Every error of the build gives one (the robustness test checks); the parameter stays
    /// optional only so that branches written before this rule still compile.</summary>
    public string? Hint { get; } = hint;

    public string Describe() =>
        Hint is null ? $"{Location}: error: {Message}" : $"{Location}: error: {Message}\n  hint: {Hint}";
}
