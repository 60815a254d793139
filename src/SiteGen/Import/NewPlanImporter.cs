using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Content;

namespace SiteGen.Import;

/// <summary>
/// `sitegen import &lt;raw.txt&gt; --place &lt;slug&gt;`: turns the raw text of a new plan into a draft
/// content folder. Copies the source, byte for byte, into content/sources/; imports it with the general
/// rules only (one document over the whole text; page-break joining switched on when the text looks
/// like a PDF conversion); and writes the Markdown, the dropped clutter, a draft import.yaml listing the
/// warnings to review, and draft place.yaml and plan record (<see cref="PlanRecordDraft"/>).
/// </summary>
public static partial class NewPlanImporter
{
    /// <summary>
    /// A text counts as a PDF conversion, whose sentences page breaks split, when at least this many
    /// paragraphs would be re-joined and most of them after a line cut at the page's width (at least
    /// <see cref="FullLine"/> characters). Web pages give short unfinished lines instead (table cells).
    /// </summary>
    public const int PageBreakThreshold = 5;
    public const int FullLine = 25;

    public sealed record Outcome(IReadOnlyList<(string Path, string Text)> Files, IReadOnlyList<ImportWarning> Warnings,
        ImportResult Result, bool JoinPageBreaks, PlanRecordDraft.Guess Guess, string SourceName);

    public static Outcome Import(ProjectPaths paths, string rawFile, string placeSlug, string planSlug = "eco-plan", bool write = true)
    {
        var here = new SourceLocation("(command line)", 0);
        if (!Slug().IsMatch(placeSlug))
            throw new ContentException(here, $"'{placeSlug}' is not a place slug", "use lower-case letters, digits and '-', e.g. baotou or xilinhot");
        if (!Slug().IsMatch(planSlug))
            throw new ContentException(here, $"'{planSlug}' is not a plan slug", "use lower-case letters, digits and '-', e.g. eco-plan");
        var placeDir = Path.Combine(paths.Places, placeSlug);
        if (Directory.Exists(placeDir) && Directory.EnumerateFileSystemEntries(placeDir).Any())
            throw new ContentException(new SourceLocation(paths.Display(placeDir), 0), $"place '{placeSlug}' exists already",
                $"to re-import an existing place from its hints, run `sitegen import --place {placeSlug}`; for a new plan, choose a new slug");
        if (!File.Exists(rawFile))
            throw new ContentException(new SourceLocation(rawFile, 0), "file not found", "name the raw text file of the new plan");

        var bytes = File.ReadAllBytes(rawFile);
        var name = Path.GetFileName(rawFile);
        var sourcePath = Path.Combine(paths.Sources, name);
        var sourceDisplay = paths.Display(sourcePath);
        var text = ContentFile.Decode(bytes, rawFile);
        if (File.Exists(sourcePath) && !File.ReadAllBytes(sourcePath).AsSpan().SequenceEqual(bytes))
            throw new ContentException(new SourceLocation(sourceDisplay, 0), "another source of that name exists",
                "rename the raw file (content/sources/ keeps each source under its own name)");
        var source = RawSource.FromText(text, sourceDisplay);
        var hintsPath = Path.Combine(placeDir, "import.yaml");
        var hintsDisplay = paths.Display(hintsPath);

        ImportHints Hints(bool join) => new()
        {
            Source = name,
            Documents = [new DocumentHint { Plan = planSlug, Lines = $"1-{source.Count}", Location = new SourceLocation(hintsDisplay, 5) }],
            JoinPageBreaks = join,
            Location = new SourceLocation(hintsDisplay, 1),
        };
        var result = PlanImporter.Import(source, Hints(join: true));
        var cut = result.Joined.Count(j => TextCleaner.Clean(source[j.Previous]).Length >= FullLine);
        var join = result.Joined.Count >= PageBreakThreshold && cut * 2 >= result.Joined.Count;
        if (!join) result = PlanImporter.Import(source, Hints(join: false));

        var guess = PlanRecordDraft.Read(source, result.Dropped.Select(d => d.Line).ToHashSet());
        var files = ImportRunner.Render(result, placeSlug, name, hintsDisplay)
            .Select(f => (Path: Path.Combine(placeDir, f.Name), f.Text)).ToList();
        files.Add((hintsPath, HintsYaml(placeSlug, planSlug, name, source.Count, join, result)));
        files.Add((Path.Combine(placeDir, "place.yaml"), PlanRecordDraft.PlaceYaml(guess, planSlug)));
        files.Add((Path.Combine(placeDir, planSlug + ".yaml"), PlanRecordDraft.RecordYaml(guess, name)));
        if (write)
        {
            Directory.CreateDirectory(placeDir);
            if (!File.Exists(sourcePath)) File.WriteAllBytes(sourcePath, bytes);
            foreach (var (path, content) in files) File.WriteAllText(path, content, new UTF8Encoding(false));
        }
        return new Outcome(files.Select(f => (paths.Display(f.Path), f.Text)).ToList(), result.Warnings, result, join, guess, name);
    }

    static string HintsYaml(string placeSlug, string planSlug, string sourceName, int lines, bool join, ImportResult result)
    {
        var sb = new StringBuilder();
        sb.Append($"# Import hints for {placeSlug}, drafted by `sitegen import {sourceName} --place {placeSlug}`.\n")
          .Append($"# Line numbers refer to content/sources/{sourceName}. Check each warning below against the raw text,\n")
          .Append("# add hints where the general rules went wrong (README, \"Adding a plan\"), and re-run\n")
          .Append($"# `sitegen import --place {placeSlug} --explain` until it prints no warning.\n")
          .Append($"source: {sourceName}\n")
          .Append("documents:\n")
          .Append($"  - plan: {planSlug}\n")
          .Append($"    lines: 1-{lines}\n")
          .Append($"# {(join ? $"{result.Joined.Count} sentences looked split by page breaks (a PDF conversion): they are re-joined." : "The text does not look like a PDF conversion: no sentence is re-joined across lines.")}\n")
          .Append($"join_page_breaks: {(join ? "true" : "false")}\n");
        if (result.Warnings.Count > 0)
        {
            sb.Append($"# {result.Warnings.Count} warning(s) of the first import, to review:\n");
            foreach (var warning in result.Warnings) sb.Append($"#   line {warning.Location.Line}: {warning.Message}\n");
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^[a-z][a-z0-9-]{1,40}$")] private static partial Regex Slug();
}
