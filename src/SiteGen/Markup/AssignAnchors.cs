using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Content;
using SiteGen.Markup.Extensions.EditorNotes;
using SiteGen.Markup.Extensions.PlanTables;

namespace SiteGen.Markup;

/// <summary>
/// Gives every heading, paragraph, table and table row of a plan a stable, readable id built from
/// the plan's own numbering: ch5 (第五章), ch5-s1 (第一节), ch5-s1-2 (2.), ch5-s1-2-p3 (its third
/// paragraph), ch2-s3-t1-r4 (fourth row of the first table). A heading without a number takes the
/// next number after its previous sibling. Splits the document into chapters.
/// </summary>
public static class AssignAnchors
{
    sealed record Open(int Level, string Id, int Number, string Prefix, string Text);

    /// <summary>Editor's notes anywhere in a block. (Markdig's Descendants() does not enter a leaf
    /// block's inlines, so leaves are searched through their Inline.)</summary>
    static List<EditorNoteInline> NotesIn(MarkdownObject node) => node switch
    {
        LeafBlock leaf => leaf.Inline?.Descendants<EditorNoteInline>().ToList() ?? [],
        ContainerBlock container => container.Descendants<LeafBlock>().SelectMany(NotesIn).ToList(),
        _ => [],
    };

    public static PlanDocument Run(Plan plan, MarkdownDocument markdown, string file, int bodyLine)
    {
        var stack = new List<Open>();
        var lastNumber = new Dictionary<string, int>();
        var counters = new Dictionary<string, int>();
        var passages = new Dictionary<string, Passage>();
        var ordered = new List<Passage>();
        var front = new List<Block>();
        var chapters = new List<PlanChapter>();
        var toc = new List<TocEntry>();
        var tocStack = new List<TocEntry>();
        string? lastChapterPrefix = null;

        SourceLocation At(Block b) => new(file, bodyLine + b.Line, b.Column + 1);

        void Add(string id, string kind, string text, Block block, MarkdownObject? content = null)
        {
            var notes = NotesIn(content ?? block);
            var passage = new Passage(id, kind, text, chapters.Count > 0 ? chapters[^1].Id : null,
                stack.Select(s => s.Text).ToArray(), At(block)) { Notes = notes };
            if (!passages.TryAdd(id, passage))
                throw new ContentException(At(block), $"duplicate anchor '{id}' (also at line {passages[id].Location.Line})",
                    "two headings at the same level carry the same number; fix the numbering in the import hints");
            ordered.Add(passage);
        }

        string Next(string scope, string kind) => $"{scope}-{kind}{counters[scope + kind] = counters.GetValueOrDefault(scope + kind) + 1}";

        var blocks = markdown.ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (TableCaption.TryAttach(block, i + 1 < blocks.Count ? blocks[i + 1] : null)) continue;
            var scope = stack.Count > 0 ? stack[^1].Id : "front";
            switch (block)
            {
                case HeadingBlock heading:
                {
                    var text = PlainText.Of(heading).Trim();
                    while (stack.Count > 0 && stack[^1].Level >= heading.Level) stack.RemoveAt(stack.Count - 1);
                    var parent = stack.Count > 0 ? stack[^1].Id : null;
                    var parsed = HeadingNumber.Read(text, heading.Level);
                    var siblingKey = (parent ?? "") + "/" + heading.Level;
                    var number = parsed.Number ?? lastNumber.GetValueOrDefault(siblingKey) + 1;
                    lastNumber[siblingKey] = number;
                    string id;
                    if (heading.Level <= 2)
                    {
                        if (parsed.Prefix is "preface" or "annex") id = parsed.Prefix;
                        else
                        {
                            var prefix = parsed.Prefix is "ch" or "part" ? parsed.Prefix : lastChapterPrefix ?? "part";
                            lastChapterPrefix = prefix;
                            id = prefix + number;
                        }
                    }
                    else
                    {
                        var stem = parent ?? "front";
                        id = heading.Level == 3 ? $"{stem}-s{number}" : $"{stem}-{number}";
                    }
                    heading.GetAttributes().Id = id;
                    stack.Add(new Open(heading.Level, id, number, parsed.Prefix, text));
                    if (heading.Level <= 2)
                        chapters.Add(new PlanChapter { Id = id, Title = text, Heading = heading, Index = chapters.Count });
                    Add(id, "heading", text, heading);

                    var entry = new TocEntry { Id = id, Level = heading.Level, Text = text, ChapterId = chapters.Count > 0 ? chapters[^1].Id : "" };
                    while (tocStack.Count > 0 && tocStack[^1].Level >= heading.Level) tocStack.RemoveAt(tocStack.Count - 1);
                    if (tocStack.Count == 0) toc.Add(entry); else tocStack[^1].Children.Add(entry);
                    tocStack.Add(entry);
                    break;
                }
                case ParagraphBlock paragraph:
                {
                    var id = Next(scope, "p");
                    paragraph.GetAttributes().Id = id;
                    Add(id, "paragraph", PlainText.Of(paragraph).Trim(), paragraph);
                    break;
                }
                case Table table:
                {
                    var id = Next(scope, "t");
                    table.GetAttributes().Id = id;
                    var caption = TableCaption.Of(table);
                    Add(id, "table", caption is null ? "" : PlainText.Of(caption).Trim(), table, (MarkdownObject?)caption ?? new ParagraphBlock());
                    var spans = new TableSpans(table);
                    var r = 0;
                    foreach (var row in table.OfType<TableRow>().Where(row => !row.IsHeader))
                    {
                        var rowId = $"{id}-r{++r}";
                        row.GetAttributes().Id = rowId;
                        var cells = row.OfType<TableCell>().Where(c => !spans.IsCovered(c)).Select(c => PlainText.Of(c).Trim());
                        Add(rowId, "row", string.Join(" | ", cells), row);
                    }
                    break;
                }
                default:
                    throw new ContentException(At(block), $"plan text may hold headings, paragraphs and tables only, not a {block.GetType().Name}",
                        "a line starting with '-', '>', '1. ' or four spaces is read as Markdown syntax; escape it with a backslash");
            }
            if (chapters.Count == 0) front.Add(block);
            else chapters[^1].Blocks.Add(block);
        }
        return new PlanDocument
        {
            Plan = plan, Markdown = markdown, Front = front, Chapters = chapters, Toc = toc,
            Passages = passages, PassageList = ordered,
        };
    }
}
