using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Markup;

namespace SiteGen.Compare;

/// <summary>
/// The checked chapter alignment: per row, per plan, the parts (a chapter or a section) and their
/// sections. Every section of every aligned plan (but the text before the first chapter) is in
/// exactly one row, so reading a pair row by row covers both plans whole.
/// </summary>
public sealed partial class ChapterAlignment
{
    public const string File = "chapter-alignment.yaml";

    public required IReadOnlyList<Plan> Plans { get; init; }
    public required IReadOnlyList<Row> Rows { get; init; }

    public sealed record Row(string Id, LocalizedText Name, IReadOnlyDictionary<Plan, IReadOnlyList<Part>> Parts)
    {
        public IReadOnlyList<Part> Of(Plan plan) => Parts.TryGetValue(plan, out var parts) ? parts : [];
    }

    /// <summary>A chapter (<paramref name="Id"/> is its anchor) or a section, and the sections it holds.</summary>
    public sealed record Part(string Id, string Title, string Url, IReadOnlyList<PlanSection> Sections);

    /// <summary>The pairs of aligned plans, in the order of the file.</summary>
    public IEnumerable<(Plan A, Plan B)> Pairs =>
        Plans.SelectMany((a, i) => Plans.Skip(i + 1).Select(b => (a, b)));

    public static ChapterAlignment? Load(ProjectPaths paths, ContentSet content, IReadOnlyDictionary<string, RenderedPlan> plans)
    {
        var path = Path.Combine(paths.Content, File);
        if (!System.IO.File.Exists(path)) return null;
        var file = YamlReader.ReadShared<ChapterAlignmentFile>(path, paths.Display(path));
        var aligned = file.Plans.Select(id => content.FindPlan(id) ?? throw new ContentException(file.Location,
            $"unknown plan '{id}'", "name plans by id: <place>/<plan>")).ToList();
        if (aligned.Count < 2) throw new ContentException(file.Location, "align at least two plans");
        if (aligned.Select(p => p.Place).Distinct().Count() != aligned.Count)
            throw new ContentException(file.Location, "align plans of different places (pages are named by place)");

        var covered = aligned.ToDictionary(p => p, _ => new Dictionary<PlanSection, AlignmentRow>());
        var rows = new List<Row>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            if (!RowId().IsMatch(row.Id)) throw new ContentException(row.Location, $"row id '{row.Id}' must be lower-case letters, digits and '-'");
            if (!ids.Add(row.Id)) throw new ContentException(row.Location, $"row '{row.Id}' is defined twice");
            if (row.Name.Zh.Length == 0 || row.Name.En.Length == 0) throw new ContentException(row.Location, $"row '{row.Id}' needs a name in zh and en");
            if (row.Sections.Count == 0) throw new ContentException(row.Location, $"row '{row.Id}' names no sections");
            var parts = new Dictionary<Plan, IReadOnlyList<Part>>();
            foreach (var (planId, anchors) in row.Sections)
            {
                var plan = aligned.FirstOrDefault(p => p.Id == planId) ?? throw new ContentException(row.Location,
                    $"row '{row.Id}' names '{planId}', which is not one of the aligned plans ({string.Join(", ", file.Plans)})");
                var rendered = plans[plan.Id];
                var list = new List<Part>();
                foreach (var anchor in anchors)
                {
                    var part = PartOf(rendered, anchor) ?? throw new ContentException(row.Location,
                        $"'{anchor}' is neither a chapter nor a section of {plan.Id}", "use the anchor of a 章 (ch5) or of a 节 (ch5-s1)");
                    foreach (var section in part.Sections)
                        if (!covered[plan].TryAdd(section, row))
                            throw new ContentException(row.Location, $"{section} is in row '{row.Id}' and in row '{covered[plan][section].Id}'");
                    list.Add(part);
                }
                parts[plan] = list;
            }
            rows.Add(new Row(row.Id, row.Name, parts));
        }
        foreach (var plan in aligned)
        {
            var missing = plans[plan.Id].Sections.Where(s => s.Level > 0 && !covered[plan].ContainsKey(s)).ToList();
            if (missing.Count > 0)
                throw new ContentException(file.Location, $"{missing.Count} section(s) of {plan.Id} are in no row, first {missing[0]} ({missing[0].Title})",
                    "every chapter and section of an aligned plan belongs to one row");
        }
        return new ChapterAlignment { Plans = aligned, Rows = rows };
    }

    static Part? PartOf(RenderedPlan plan, string anchor)
    {
        var chapter = plan.Document.Chapters.FirstOrDefault(c => c.Id == anchor);
        if (chapter is not null)
            return new Part(anchor, chapter.Title, PlanUrls.Chapter(plan.Document.Plan, anchor), plan.Sections.Where(s => s.ChapterId == anchor).ToList());
        var section = plan.Sections.FirstOrDefault(s => s.Id == anchor && s.Level == 3);
        return section is null ? null : new Part(anchor, section.Title, section.Url, [section]);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")] private static partial Regex RowId();
}
