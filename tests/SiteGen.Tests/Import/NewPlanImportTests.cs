using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using SiteGen.Build;
using SiteGen.Commands;
using SiteGen.Import;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Import;

/// <summary>
/// The new-plan path (`sitegen import raw.txt --place slug`), proved on the five plans: each raw text is
/// imported as if it were new, with no hints, and its Markdown compared with the committed Markdown
/// (made with the hints). The differences are what the hints fix; they are kept as golden files under
/// Import/NewPlanDiffs/ to be read by eye (README lists them). When the importer changes, regenerate
/// them with UPDATE_GOLDEN=1 and read the git diff.
/// </summary>
public sealed class NewPlanImportTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Plans => new()
    {
        { "hohhot", "000_b2fe04079fb47e5c.txt" },
        { "changji", "001_3b759b29db0cb95e.txt" },
        { "wuhai", "002_5dfaba626f3bc4cb.txt" },
        { "zhenglan", "003_4e8e1224cfa8f5f4.txt" },
        { "bayannur", "004_3798f38f41d0bc2b.txt" },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Given_a_raw_plan_imported_as_new_without_hints_When_compared_with_the_committed_Markdown_Then_only_the_reviewed_differences_remain(
        string place, string source)
    {
        using var project = new EmptyProject();
        var outcome = NewPlanImporter.Import(project.Paths, Repo.PathOf("content", "sources", source), "new-" + place);
        var fresh = Body(outcome.Files.Single(f => f.Path.EndsWith(".md", StringComparison.Ordinal)).Text);
        var committed = string.Concat(BuiltSite.Context.Content.FindPlace(place)!.Plans
            .OrderBy(p => int.Parse(p.Text.FrontMatter.Lines.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture))
            .Select(p => Body(File.ReadAllText(Repo.PathOf("content", "places", place, p.Slug + ".md")))));

        var (report, same, total) = Diff(committed, fresh);
        var header = $"# {place} ({source}) imported as a new plan without its hints, against the committed Markdown.\n" +
                     $"# {same} of {total} committed lines identical ({100.0 * same / total:F1}%); join_page_breaks detected: {outcome.JoinPageBreaks.ToString().ToLowerInvariant()}; " +
                     $"{outcome.Warnings.Count} warnings.\n# '-' committed (with hints), '+' new-plan import (without hints).\n";
        output.WriteLine(header);
        var golden = Repo.PathOf("tests", "SiteGen.Tests", "Import", "NewPlanDiffs", place + ".diff");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, header + report);
        }
        Assert.True(File.Exists(golden), $"no golden file {golden}; run the tests with UPDATE_GOLDEN=1 and read it");
        Assert.Equal(File.ReadAllText(golden), header + report);
    }

    [Fact]
    public void Given_the_five_raw_texts_imported_as_new_places_When_built_and_checked_Then_every_check_passes()
    {
        // Drafted under the real slugs, in a project that has no place yet. New places have no figures
        // yet: the catalog keeps its topics and no indicator (an indicator without figures has no page to link to).
        using var project = new EmptyProject();
        var catalog = Path.Combine(project.Paths.Content, "indicators.yaml");
        File.WriteAllText(catalog, File.ReadAllText(catalog).Split("\nindicators:")[0] + "\nindicators: []\n");
        // …and the glossary's terms name no indicator.
        var glossary = Path.Combine(project.Paths.Content, "glossary.yaml");
        File.WriteAllLines(glossary, File.ReadAllLines(Repo.PathOf("content", "glossary.yaml")).Where(l => !l.TrimStart().StartsWith("indicator:", StringComparison.Ordinal)));
        File.Copy(Repo.PathOf("content", "topics.yaml"), Path.Combine(project.Paths.Content, "topics.yaml"));
        foreach (var row in Plans)
            NewPlanImporter.Import(project.Paths, Repo.PathOf("content", "sources", (string)row[1]), (string)row[0]);
        var target = Path.Combine(project.Root, "site-output");
        var log = new StringWriter();
        Assert.True(BuildCommand.Run(project.Paths, new BuildLog(TextWriter.Null, quiet: true), target, log) == 0, log.ToString());
        Assert.True(CheckCommand.Run(project.Paths, target, log) == 0, log.ToString());
        Assert.Contains("100.00% of", log.ToString());
    }

    [Fact]
    public void Given_a_place_that_exists_When_a_raw_text_is_imported_for_it_Then_nothing_is_written_and_the_error_says_what_to_do()
    {
        using var project = new ScratchProject();
        var before = Directory.GetFiles(project.PathOf("content/places/wuhai"));
        var e = Assert.Throws<SiteGen.Content.ContentException>(() =>
            NewPlanImporter.Import(project.Paths, Repo.PathOf("content", "sources", "002_5dfaba626f3bc4cb.txt"), "wuhai"));
        Assert.Contains("exists already", e.Message);
        Assert.Contains("sitegen import --place wuhai", e.Hint);
        Assert.Equal(before, Directory.GetFiles(project.PathOf("content/places/wuhai")));
    }

    static string Body(string markdown) => markdown[(markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];

    static (string Report, int Same, int Total) Diff(string committed, string fresh)
    {
        var model = InlineDiffBuilder.Diff(committed, fresh, ignoreWhiteSpace: false);
        var sb = new StringBuilder();
        var same = 0;
        var total = 0;
        var oldLine = 0;
        var inHunk = false;
        foreach (var line in model.Lines)
        {
            if (line.Type != ChangeType.Inserted) oldLine++;
            if (line.Type is ChangeType.Unchanged) { same++; total++; inHunk = false; continue; }
            if (line.Type is ChangeType.Deleted or ChangeType.Modified) total++;
            if (line.Type == ChangeType.Imaginary) continue;
            if (!inHunk) { sb.Append($"@@ committed line {oldLine}\n"); inHunk = true; }
            sb.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Text).Append('\n');
        }
        return (sb.ToString(), same, total);
    }

    /// <summary>A project with the real site.yaml and templates and no place yet.</summary>
    sealed class EmptyProject : IDisposable
    {
        public EmptyProject()
        {
            Root = Directory.CreateTempSubdirectory("sitegen-new-").FullName;
            Directory.CreateDirectory(Path.Combine(Root, "content", "places"));
            Directory.CreateDirectory(Path.Combine(Root, "content", "sources"));
            File.Copy(Repo.PathOf("content", "site.yaml"), Path.Combine(Root, "content", "site.yaml"));
            File.Copy(Repo.PathOf("content", "indicators.yaml"), Path.Combine(Root, "content", "indicators.yaml"));
            SiteGen.Bench.SyntheticCorpus.CopyTree(Repo.PathOf("templates"), Path.Combine(Root, "templates"));
            Paths = new ProjectPaths(Root);
            SiteGen.Bench.SyntheticCorpus.CopyTools(Repo.Paths, Paths);
        }

        public string Root { get; }
        public ProjectPaths Paths { get; }

        public void Dispose()
        {
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
        }
    }
}
