using System.Text;
using SiteGen.Build;
using SiteGen.Content;

namespace SiteGen.Import;

/// <summary>
/// Re-imports the plans of a place from its raw source and hints: writes each plan's Markdown and the
/// list of dropped clutter (content/places/&lt;place&gt;/dropped.yaml). Output is deterministic.
/// </summary>
public static class ImportRunner
{
    /// <param name="Files">The files the import makes: path relative to the project, and text.</param>
    /// <param name="Changed">Of those, the ones that differ from what is on disk.</param>
    public sealed record Outcome(IReadOnlyList<(string Path, string Text)> Files, IReadOnlyList<string> Changed,
        IReadOnlyList<ImportWarning> Warnings, ImportResult Result);

    public static Outcome ImportPlace(ProjectPaths paths, string placeSlug, bool write = true)
    {
        var placeDir = Path.Combine(paths.Places, placeSlug);
        var hintsPath = Path.Combine(placeDir, "import.yaml");
        var hintsDisplay = paths.Display(hintsPath);
        var hints = YamlReader.Read<ImportHints>(hintsPath, hintsDisplay);
        var sourcePath = Path.Combine(paths.Sources, hints.Source);
        var source = RawSource.Load(sourcePath, paths.Display(sourcePath));
        var result = PlanImporter.Import(source, hints);

        var files = Render(result, placeSlug, hints.Source, hintsDisplay)
            .Select(f => (Path: Path.Combine(placeDir, f.Name), f.Text)).ToList();
        var changed = files.Where(f => !File.Exists(f.Path) || File.ReadAllText(f.Path) != f.Text).Select(f => paths.Display(f.Path)).ToList();
        if (write)
            foreach (var (path, text) in files) File.WriteAllText(path, text, new UTF8Encoding(false));
        return new Outcome(files.Select(f => (paths.Display(f.Path), f.Text)).ToList(), changed, result.Warnings, result);
    }

    /// <summary>The files an import writes, by name within the place folder.</summary>
    public static List<(string Name, string Text)> Render(ImportResult result, string placeSlug, string sourceName, string hintsDisplay)
    {
        var files = result.Documents
            .Select(d => ($"{d.PlanSlug}.md", MarkdownWriter.Write(d, $"{placeSlug}/{d.PlanSlug}", sourceName, result.Notes, hintsDisplay)))
            .ToList();
        files.Add(("dropped.yaml", DroppedList(result, sourceName)));
        return files;
    }

    static string DroppedList(ImportResult result, string sourceName)
    {
        var sb = new StringBuilder();
        sb.Append("# Lines of ").Append(sourceName).Append(" that are page clutter, not plan text. Written by sitegen import.\n");
        sb.Append("source: ").Append(sourceName).Append('\n');
        sb.Append("dropped:\n");
        foreach (var d in result.Dropped)
            sb.Append("  - line: ").Append(d.Line).Append('\n')
              .Append("    reason: ").Append(Quote(d.Reason)).Append('\n')
              .Append("    text: ").Append(Quote(d.Text)).Append('\n');
        return sb.ToString();
    }

    static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\t", "\\t") + "\"";
}
