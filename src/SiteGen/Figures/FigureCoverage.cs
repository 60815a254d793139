using SiteGen.Content;
using SiteGen.Markup;

namespace SiteGen.Figures;

/// <summary>A number-with-unit of a plan's text that no figure and no ignore entry accounts for.</summary>
public sealed record UncoveredNumber(Plan Plan, Passage Passage, NumberToken Token)
{
    /// <summary>The sentence holding the number (between 。；!? marks), for reading and for drafts.</summary>
    public string Sentence => Sentences.Around(Passage.Text, Token.Start, Token.End);
}

/// <summary>
/// Completeness: every number with a unit in a plan's text must be covered by a figure (its value, or
/// the metric or scope words of a figure where they hold the number), by the task-list row a figure
/// cites, or by a reviewed ignore entry.
/// </summary>
public static class FigureCoverage
{
    public static List<UncoveredNumber> Find(FigureSet set, Plan plan)
    {
        var texts = set.Texts.GetValueOrDefault(plan.Id);
        var spans = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        var taskTokens = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Cover(string passageId, int start, int length)
        {
            if (!spans.TryGetValue(passageId, out var list)) spans[passageId] = list = [];
            list.Add((start, start + length));
        }
        foreach (var figure in set.OfPlan(plan.Id))
        {
            var text = figure.Passage.Text;
            var row = texts?.Rows.Find(figure.Passage.Id);
            if (figure.Column is not null && row?.Column(figure.Column) is { IsOwn: true } cell)
                foreach (var at in ValueSpans.Find(cell.Text, figure.Value.Written)) Cover(figure.Passage.Id, cell.Offset + at, figure.Value.Written.Length);
            var quoteAt = text.IndexOf(figure.Quote, StringComparison.Ordinal);
            if (figure.Column is null && quoteAt >= 0)
                foreach (var at in ValueSpans.Find(figure.Quote, figure.Value.Written)) Cover(figure.Passage.Id, quoteAt + at, figure.Value.Written.Length);
            // A number inside the figure's metric or scope words (劣Ⅴ类水体比例, 65蒸吨/小时及以上燃煤锅炉) is named by the figure.
            foreach (var words in new[] { figure.Metric, figure.Scope })
                if (words is not null)
                    for (var s = text.IndexOf(words, StringComparison.Ordinal); s >= 0; s = text.IndexOf(words, s + 1, StringComparison.Ordinal))
                        if (figure.Column is not null || (quoteAt >= 0 && s >= quoteAt && s + words.Length <= quoteAt + figure.Quote.Length))
                            Cover(figure.Passage.Id, s, words.Length);
            // The task-list row a figure cites, and the passages that restate it, state the same numbers.
            foreach (var restating in figure.Also.Select(a => a.Passage).Append(figure.Task).OfType<Passage>())
            {
                if (!taskTokens.TryGetValue(restating.Id, out var tokens)) taskTokens[restating.Id] = tokens = new(StringComparer.Ordinal);
                foreach (var words in new[] { figure.Value.Written, figure.Scope ?? "", figure.Metric })
                    foreach (var token in NumberScanner.Scan(words)) tokens.Add(token.Text);
            }
        }
        foreach (var ignored in set.Ignored.Where(i => i.Plan.Id == plan.Id)) Cover(ignored.PassageId, ignored.Start, ignored.Length);

        var uncovered = new List<UncoveredNumber>();
        foreach (var passage in plan is null ? [] : texts?.InOrder ?? [])
        {
            var covered = spans.GetValueOrDefault(passage.Id) ?? [];
            var tokens = taskTokens.GetValueOrDefault(passage.Id);
            foreach (var token in NumberScanner.Scan(passage.Text))
            {
                if (covered.Any(c => c.Start <= token.Start && token.End <= c.End)) continue;
                if (tokens?.Contains(token.Text) == true) continue;
                uncovered.Add(new UncoveredNumber(plan!, passage, token));
            }
        }
        return uncovered;
    }
}

/// <summary>Sentences of a passage: split after 。；;！？!? (and at a table row's cell bars).</summary>
public static class Sentences
{
    static readonly char[] Ends = ['。', '；', ';', '！', '？', '!', '?'];

    public static string Around(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && Array.IndexOf(Ends, text[from - 1]) < 0 && !(from >= 3 && text.AsSpan(from - 3, 3).SequenceEqual(" | "))) from--;
        var to = end;
        while (to < text.Length && Array.IndexOf(Ends, text[to]) < 0 && !(to + 3 <= text.Length && text.AsSpan(to, 3).SequenceEqual(" | "))) to++;
        return text[from..to].Trim();
    }
}
