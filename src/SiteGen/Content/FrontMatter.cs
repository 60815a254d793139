namespace SiteGen.Content;

/// <summary>Splits a Markdown file into its YAML front matter (between "---" lines) and its body.</summary>
public static class FrontMatter
{
    public sealed record Split(string Yaml, int YamlLine, string Body, int BodyLine);

    public static Split Read(string text, string displayPath)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
            throw new ContentException(new SourceLocation(displayPath, 1), "the file does not start with front matter ('---')",
                "plan texts start with a YAML block between two '---' lines; re-run sitegen import");
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0)
            throw new ContentException(new SourceLocation(displayPath, 1), "the front matter is not closed by a '---' line",
                "plan texts start with a YAML block between two '---' lines; re-run sitegen import");
        var yaml = text[4..(end + 1)];
        var bodyStart = end + 5;
        var bodyLine = 1 + text.AsSpan(0, bodyStart).Count('\n');
        return new Split(yaml, 2, text[bodyStart..], bodyLine);
    }
}
