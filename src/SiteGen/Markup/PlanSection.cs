using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Content;

namespace SiteGen.Markup;

/// <summary>
/// A section of a plan, the unit that topics tag, that glossary links count first occurrences in,
/// and that compare pages set side by side: a 节 or （一） with everything under it; a chapter (章, or
/// 一、) that has no such sections; the lead text of a chapter before its first section; or the text
/// before the first chapter ("front").
/// </summary>
public sealed class PlanSection
{
    public const string FrontId = "front";

    public required Plan Plan { get; init; }
    /// <summary>The anchor of its heading ("ch5-s1", "part2"), or <see cref="FrontId"/>.</summary>
    public required string Id { get; init; }
    /// <summary>2 for a chapter or a chapter's lead text, 3 for a section, 0 for the front text.</summary>
    public required int Level { get; init; }
    /// <summary>The heading as written ("第一节 持续改善大气环境质量"); empty for the front text.</summary>
    public required string Title { get; init; }
    /// <summary>The chapter whose page holds it; null for the front text (on the plan page).</summary>
    public string? ChapterId { get; init; }
    /// <summary>The chapter's title, for sections within a chapter; null otherwise.</summary>
    public string? ChapterTitle { get; init; }
    /// <summary>True for the text between a chapter heading and its first section.</summary>
    public bool IsLead { get; init; }
    public required IReadOnlyList<Block> Blocks { get; init; }
    /// <summary>Its passages in reading order, its own heading first.</summary>
    public required IReadOnlyList<Passage> Passages { get; init; }

    /// <summary>"eco-plan#ch5-s1": how a place's topic overrides name a section.</summary>
    public string Key => $"{Plan.Slug}#{Id}";

    /// <summary>Headings inside the section (1., (1)…), below its own.</summary>
    public IEnumerable<Passage> Subheadings => Passages.Where(p => p.Kind == "heading" && p.Id != Id);

    /// <summary>Paragraphs and table rows and captions: the text a reader reads.</summary>
    public IEnumerable<Passage> Body => Passages.Where(p => p.Kind != "heading");

    /// <summary>The site URL of the section (language-neutral): its heading on its chapter page.</summary>
    public string Url => ChapterId is null
        ? PlanUrls.Plan(Plan) + "#front"
        : Level == 2 ? PlanUrls.Chapter(Plan, ChapterId) : PlanUrls.Chapter(Plan, ChapterId) + "#" + Id;

    /// <summary>A heading inside the section with everything under it, up to the next heading of its level or above.</summary>
    public IReadOnlyList<Block> BlocksUnder(string headingId)
    {
        var start = Blocks.ToList().FindIndex(b => b is HeadingBlock && b.GetAttributes().Id == headingId);
        if (start < 0) throw new ArgumentException($"no heading #{headingId} in {this}");
        var level = ((HeadingBlock)Blocks[start]).Level;
        var end = start + 1;
        while (end < Blocks.Count && !(Blocks[end] is HeadingBlock h && h.Level <= level)) end++;
        return Blocks.Skip(start).Take(end - start).ToList();
    }

    public override string ToString() => $"{Plan.Id}#{Id}";
}

/// <summary>Splits an anchored plan document into its <see cref="PlanSection"/>s, in reading order.</summary>
public static class PlanSections
{
    public static IReadOnlyList<PlanSection> Of(PlanDocument document)
    {
        var sections = new List<PlanSection>();
        var passages = document.Passages;
        if (document.Front.Count > 0)
            sections.Add(Make(document, PlanSection.FrontId, 0, "", null, null, false, document.Front, passages));
        foreach (var chapter in document.Chapters)
        {
            var blocks = chapter.Blocks;
            var starts = blocks.Select((b, i) => (b, i)).Where(x => x.b is HeadingBlock { Level: 3 }).Select(x => x.i).ToList();
            if (starts.Count == 0)
            {
                sections.Add(Make(document, chapter.Id, 2, chapter.Title, chapter.Id, null, false, blocks, passages));
                continue;
            }
            var lead = blocks.Take(starts[0]).ToList();
            if (lead.Any(b => b is not HeadingBlock))
                sections.Add(Make(document, chapter.Id, 2, chapter.Title, chapter.Id, chapter.Title, true, lead, passages));
            for (var k = 0; k < starts.Count; k++)
            {
                var end = k + 1 < starts.Count ? starts[k + 1] : blocks.Count;
                var own = blocks.Skip(starts[k]).Take(end - starts[k]).ToList();
                var heading = (HeadingBlock)own[0];
                var id = heading.GetAttributes().Id!;
                sections.Add(Make(document, id, 3, passages[id].Text, chapter.Id, chapter.Title, false, own, passages));
            }
        }
        return sections;
    }

    static PlanSection Make(PlanDocument document, string id, int level, string title, string? chapterId, string? chapterTitle,
        bool lead, IReadOnlyList<Block> blocks, IReadOnlyDictionary<string, Passage> passages) => new()
        {
            Plan = document.Plan, Id = id, Level = level, Title = title, ChapterId = chapterId, ChapterTitle = chapterTitle,
            IsLead = lead, Blocks = blocks, Passages = blocks.SelectMany(b => PassagesOf(b, passages)).ToList(),
        };

    /// <summary>The passages a top-level block holds: itself, and for a table its rows.</summary>
    public static IEnumerable<Passage> PassagesOf(Block block, IReadOnlyDictionary<string, Passage> passages)
    {
        if (block.GetAttributes().Id is { } id && passages.TryGetValue(id, out var passage)) yield return passage;
        if (block is Table table)
            foreach (var row in table.OfType<TableRow>())
                if (row.GetAttributes().Id is { } rowId && passages.TryGetValue(rowId, out var rowPassage)) yield return rowPassage;
    }
}
