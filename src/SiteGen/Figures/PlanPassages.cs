using SiteGen.Content;
using SiteGen.Markup;

namespace SiteGen.Figures;

/// <summary>
/// The passages of one plan as figures quote them: a paragraph's plain text, or a table row's text
/// with merged cells filled in (so a row that shares its value cell with the row above still reads whole).
/// </summary>
public sealed class PlanPassages
{
    public PlanPassages(RenderedPlan rendered)
    {
        Rendered = rendered;
        Rows = new TableRows(rendered.Document);
    }

    public RenderedPlan Rendered { get; }
    public Plan Plan => Rendered.Document.Plan;
    public TableRows Rows { get; }
    public IReadOnlyList<Passage> InOrder => Rendered.Document.PassageList;

    public Passage? Find(string id) => Rendered.Document.Passages.GetValueOrDefault(id);

    /// <summary>The text a quote is checked against.</summary>
    public string TextOf(Passage passage) => Rows.Find(passage.Id)?.Text ?? passage.Text;

    /// <summary>The passages whose text holds the words.</summary>
    public List<Passage> Holding(string words) =>
        InOrder.Where(p => TextOf(p).Contains(words, StringComparison.Ordinal)).ToList();

    /// <summary>The longest start of the words that occurs in the plan, and where (for error messages).</summary>
    public (string Found, Passage? Where) LongestStart(string words)
    {
        int lo = 0, hi = words.Length;
        Passage? where = null;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            var at = InOrder.FirstOrDefault(p => TextOf(p).Contains(words[..mid], StringComparison.Ordinal));
            if (at is null) hi = mid - 1; else { lo = mid; where = at; }
        }
        return (words[..lo], lo == 0 ? null : where);
    }

    Dictionary<string, int>? positions;

    /// <summary>Index of the passage in reading order.</summary>
    public int Position(Passage passage)
    {
        positions ??= InOrder.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return positions[passage.Id];
    }
}
