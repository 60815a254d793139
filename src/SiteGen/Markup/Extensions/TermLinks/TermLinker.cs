using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Markup.Extensions.EditorNotes;

namespace SiteGen.Markup.Extensions.TermLinks;

/// <summary>
/// Finds the first occurrence of each term in each section of a parsed plan and wraps its words in a
/// <see cref="TermLinkInline"/>. A section starts at every heading of level 2 or 3 (章/节, 一、/（一）),
/// as <see cref="PlanSections"/> counts them. Terms are looked for in paragraphs and table body cells,
/// not in headings, captions, header rows or editor's notes; a match may run across a subscript
/// (PM~2.5~ is "PM2.5"). At each position the longest form wins. Markdig has no such extension, and
/// a regex over the rendered HTML would break on tags, hence this small walker over the syntax tree.
/// </summary>
public sealed class TermLinker
{
    readonly Dictionary<char, (string Form, TermTarget Target)[]> byFirstChar;

    public TermLinker(IReadOnlyList<TermTarget> targets) =>
        byFirstChar = targets.SelectMany(t => t.Forms.Select(f => (Form: f, Target: t)))
            .Where(x => x.Form.Length > 0)
            .GroupBy(x => x.Form[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.Form.Length).ThenBy(x => x.Form, StringComparer.Ordinal).ToArray());

    public bool IsEmpty => byFirstChar.Count == 0;

    sealed class State
    {
        public HashSet<TermTarget> Used { get; } = [];
        public int Number { get; set; }
    }

    public void Link(MarkdownDocument document)
    {
        if (IsEmpty) return;
        var state = new State();
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: <= 3 }:
                    state.Used.Clear();
                    break;
                case ParagraphBlock paragraph when paragraph.Inline is not null && !IsCaption(paragraph):
                    LinkIn(paragraph.Inline, state);
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
                        foreach (var cell in row.OfType<TableCell>())
                            foreach (var p in cell.OfType<ParagraphBlock>())
                                if (p.Inline is not null) LinkIn(p.Inline, state);
                    break;
            }
        }
    }

    /// <summary>A "Table: …" paragraph, which becomes a table's caption.</summary>
    static bool IsCaption(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is LiteralInline first && first.Content.AsSpan().StartsWith("Table: ", StringComparison.Ordinal);

    void LinkIn(ContainerInline container, State state)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            if (IsText(child))
            {
                var run = new List<Inline>();
                var c = child;
                for (; c is not null && IsText(c); c = c.NextSibling) run.Add(c);
                LinkRun(run, state);
                child = c;
                continue;
            }
            if (child is ContainerInline inner and not TermLinkInline and not LinkInline) LinkIn(inner, state);
            child = child.NextSibling;
        }
    }

    /// <summary>Literal text, or a subscript (~2.5~) holding only literal text.</summary>
    static bool IsText(Inline inline) => inline switch
    {
        LiteralInline => true,
        EmphasisInline { DelimiterChar: '~' } sub => sub.All(c => c is LiteralInline),
        _ => false,
    };

    static string TextOf(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        ContainerInline container => string.Concat(container.Select(TextOf)),
        _ => "",
    };

    void LinkRun(List<Inline> run, State state)
    {
        while (run.Count > 0)
        {
            var texts = run.Select(TextOf).ToList();
            var starts = new int[run.Count + 1];
            for (var i = 0; i < run.Count; i++) starts[i + 1] = starts[i] + texts[i].Length;
            var text = string.Concat(texts);
            var match = Find(text, run, starts, state);
            if (match is null) return;
            var (at, length, target) = match.Value;

            var first = SplitAt(run, starts, at);
            starts = Recount(run);
            var last = SplitAt(run, starts, at + length);
            var covered = run.GetRange(first, last - first);
            var link = new TermLinkInline { Target = target, Number = ++state.Number };
            // Inline.InsertBefore leaves the new inline's PreviousSibling unset (Markdig 1.6), which breaks
            // backward walks such as Descendants<T>(); InsertAfter links both ways.
            if (covered[0].PreviousSibling is { } before) before.InsertAfter(link);
            else covered[0].InsertBefore(link);
            foreach (var inline in covered)
            {
                inline.Remove();
                link.AppendChild(inline);
            }
            state.Used.Add(target);
            run = run.GetRange(last, run.Count - last);
        }
    }

    (int At, int Length, TermTarget Target)? Find(string text, List<Inline> run, int[] starts, State state)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!byFirstChar.TryGetValue(text[i], out var candidates)) continue;
            foreach (var (form, target) in candidates)
            {
                if (!text.AsSpan(i).StartsWith(form, StringComparison.Ordinal) || state.Used.Contains(target)) continue;
                if (CanCut(run, starts, i) && CanCut(run, starts, i + form.Length)) return (i, form.Length, target);
            }
        }
        return null;
    }

    /// <summary>A match may start or end between pieces or inside literal text, not inside a subscript.</summary>
    static bool CanCut(List<Inline> run, int[] starts, int position)
    {
        for (var i = 0; i < run.Count; i++)
            if (position > starts[i] && position < starts[i + 1]) return run[i] is LiteralInline;
        return true;
    }

    static int[] Recount(List<Inline> run)
    {
        var starts = new int[run.Count + 1];
        for (var i = 0; i < run.Count; i++) starts[i + 1] = starts[i] + TextOf(run[i]).Length;
        return starts;
    }

    /// <summary>Makes <paramref name="position"/> a boundary between pieces (splitting a literal if needed) and returns the index of the piece that starts there.</summary>
    static int SplitAt(List<Inline> run, int[] starts, int position)
    {
        for (var i = 0; i < run.Count; i++)
        {
            if (position == starts[i]) return i;
            if (position > starts[i] && position < starts[i + 1])
            {
                var literal = (LiteralInline)run[i];
                var content = literal.Content;
                var cut = content.Start + (position - starts[i]);
                var tail = new LiteralInline
                {
                    Content = new StringSlice(content.Text, cut, content.End),
                    Span = new Markdig.Syntax.SourceSpan(literal.Span.Start + (cut - content.Start), literal.Span.End),
                    Line = literal.Line,
                    Column = literal.Column + (cut - content.Start),
                };
                literal.Content = new StringSlice(content.Text, content.Start, cut - 1);
                literal.Span = new Markdig.Syntax.SourceSpan(literal.Span.Start, tail.Span.Start - 1);
                literal.InsertAfter(tail);
                run.Insert(i + 1, tail);
                return i + 1;
            }
        }
        return run.Count;
    }

    /// <summary>Where the terms were linked in a block's inlines, in order.</summary>
    public static IEnumerable<TermLinkInline> LinksIn(Block block) => block switch
    {
        LeafBlock { Inline: { } inline } => LinksIn(inline),
        ContainerBlock container => container.Descendants<LeafBlock>().SelectMany(LinksIn),
        _ => [],
    };

    static IEnumerable<TermLinkInline> LinksIn(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is TermLinkInline link) yield return link;
            else if (child is ContainerInline inner)
                foreach (var nested in LinksIn(inner)) yield return nested;
        }
    }
}
