using SiteGen.Content;

namespace SiteGen.Import;

/// <summary>One plan document converted from its part of a raw source.</summary>
public sealed record ImportedDocument(string PlanSlug, LineRange Lines, List<ImportBlock> Blocks);

public sealed record ImportResult(RawSource Source, List<ImportedDocument> Documents, List<DroppedLine> Dropped,
    List<ImportWarning> Warnings, EditorNotes Notes, List<(int Previous, int Next)> Joined);

/// <summary>
/// Converts a raw plan text into structured blocks: drop the clutter, find the flattened tables,
/// recognise the headings, re-join split sentences, mark the editor's notes. General rules first,
/// then the per-source hints where no general rule fits.
/// </summary>
public static class PlanImporter
{
    public static ImportResult Import(RawSource source, ImportHints hints, string defaultPlanSlug = "plan")
    {
        var ctx = new ImportContext(source, hints);
        MarkClutter(ctx);
        var documents = hints.Documents.Count == 0
            ? [new DocumentHint { Plan = defaultPlanSlug, Lines = $"1-{source.Count}", Location = hints.Location }]
            : hints.Documents;
        var result = new List<ImportedDocument>();
        foreach (var document in documents)
        {
            var range = LineRange.Parse(document.Lines, document.Location);
            if (range.Last > source.Count)
                throw new ContentException(document.Location, $"lines {range} go past the end of the source ({source.Count} lines)",
                    $"a document's lines end at {source.Count} at most");
            var blocks = ReadBlocks(ctx, range);
            blocks = PageBreakJoiner.Join(ctx, blocks);
            result.Add(new ImportedDocument(document.Plan, range, blocks));
        }
        var ranges = result.Select(d => d.Lines).ToList();
        for (var n = 1; n <= source.Count; n++)
            if (!ctx.IsBlank(n) && !ctx.Clutter.Contains(n) && !ranges.Any(r => r.Contains(n)))
                throw new ContentException(hints.Location, $"source line {n} is in no document and not listed as clutter",
                    $"extend a document's 'lines' to cover it (the source has {source.Count} lines), or list it under 'clutter'");
        ctx.Notes.CheckAllUsed(ctx.Cleaned);
        DefectDetector.Check(ctx, Enumerable.Range(1, source.Count));
        var dropped = ctx.Dropped.OrderBy(d => d.Line).ToList();
        return new ImportResult(source, result, dropped, ctx.Warnings, ctx.Notes, ctx.Joined);
    }

    static void MarkClutter(ImportContext ctx)
    {
        foreach (var hint in ctx.Hints.Clutter)
            foreach (var n in LineRange.Parse(hint.Lines, hint.Location).All())
            {
                if (n > ctx.Source.Count) throw new ContentException(hint.Location, $"line {n} is past the end of the source", $"the source has {ctx.Source.Count} lines");
                if (!ctx.IsBlank(n) && ctx.Clutter.Add(n)) ctx.Dropped.Add(new DroppedLine(n, ctx.Source[n].Trim(), hint.Reason));
            }
        for (var n = 1; n <= ctx.Source.Count; n++)
        {
            if (ctx.Clutter.Contains(n) || ctx.IsBlank(n)) continue;
            if ((ClutterRules.Match(ctx.Source[n].Trim()) ?? ClutterRules.Match(TextCleaner.Clean(ctx.Source[n]))) is { } reason)
            {
                ctx.Clutter.Add(n);
                ctx.Dropped.Add(new DroppedLine(n, ctx.Source[n].Trim(), reason));
            }
        }
    }

    static List<ImportBlock> ReadBlocks(ImportContext ctx, LineRange range)
    {
        var tables = TableRegionFinder.Find(ctx, range);
        var headingHints = ctx.Hints.Headings.ToDictionary(h => h.Line);
        var blocks = new List<ImportBlock>();
        var headingKinds = new List<(int Index, HeadingKind Kind)>();
        var forcedLevels = new Dictionary<int, int>();

        for (var n = range.First; n <= range.Last; n++)
        {
            if (ctx.IsBlank(n) || ctx.Clutter.Contains(n)) continue;
            if (tables.FirstOrDefault(t => t.Lines.First == n || t.Hint.Caption == n) is { } table)
            {
                try
                {
                    blocks.Add(TableReader.Read(ctx, table));
                }
                catch (ContentException e) when (table.ByRules)
                {
                    // A table the general rules found but cannot read: keep its lines as paragraphs, and say so.
                    ctx.Warn(e.Location.Line > 0 ? e.Location.Line : table.Lines.First,
                        $"could not read the {table.Layout} table at lines {table.Lines} found by the general rules ({e.Message}); " +
                        "its lines are kept as paragraphs: add a 'tables' hint with its layout, columns, joins and row_spans");
                    var first = table.Hint.Caption is { } c && c < table.Lines.First ? c : table.Lines.First;
                    for (var k = first; k <= table.Lines.Last; k++)
                        if (!ctx.IsBlank(k) && !ctx.Clutter.Contains(k)) blocks.Add(new ParagraphImport(k, ctx.Cleaned(k)));
                }
                n = table.Lines.Last;
                continue;
            }
            var text = ctx.Cleaned(n);
            var plain = HeadingRules.StripNotation(text, out var notation);
            if (headingHints.TryGetValue(n, out var hint))
            {
                if (hint.Level == 0) { blocks.Add(new ParagraphImport(n, text)); continue; }
                forcedLevels[blocks.Count] = hint.Level;
                blocks.Add(new HeadingImport(n, hint.Level, plain));
                continue;
            }
            if (HeadingRules.Classify(EditorNotes.Plain(plain), notation) is { } kind)
            {
                headingKinds.Add((blocks.Count, kind));
                blocks.Add(new HeadingImport(n, 0, plain));
                continue;
            }
            blocks.Add(new ParagraphImport(n, notation ? plain : text));
        }

        var levels = new HeadingLevels(headingKinds.Select(k => k.Kind));
        foreach (var (index, kind) in headingKinds)
            blocks[index] = ((HeadingImport)blocks[index]) with { Level = levels.LevelOf(kind) };
        return blocks;
    }
}
