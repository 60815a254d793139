using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Glossary;
using SiteGen.Markup;
using SiteGen.Markup.Extensions.TermLinks;

namespace SiteGen.Build.Stages;

/// <summary>
/// Finds where each glossary term occurs, for the glossary page: per section, the passage where it is
/// linked (its first use in the text), or else the heading that names it (headings carry no links).
/// </summary>
public sealed class IndexGlossary : IBuildStage
{
    public void Run(BuildContext context)
    {
        var occurrences = new Dictionary<string, List<TermOccurrence>>(StringComparer.Ordinal);
        // (term, section) pairs already found: a term's list grows with the places, so it is not searched.
        var found = new HashSet<(string Term, PlanSection Section)>();
        // A term that names a catalog indicator occurs wherever the indicator's name is linked, too.
        var byIndicator = context.GlossaryFile.Terms.Where(t => t.Indicator is not null)
            .ToLookup(t => t.Indicator!, StringComparer.Ordinal);
        foreach (var plan in context.Content.Plans)
        {
            var rendered = context.Plans[plan.Id];
            foreach (var section in rendered.Sections)
            {
                foreach (var (link, passage) in Links(section, rendered.Document.Passages))
                {
                    // An indicator link counts for a glossary term that names the indicator in those very words.
                    var terms = link.Target.Kind == GlossaryTerms.Kind ? [link.Target.Id]
                        : link.Target.Kind == IndicatorMentions.Kind
                            ? byIndicator[link.Target.Id].Where(t => t.Forms.Contains(PlainText.Of(link))).Select(t => t.Id).ToList()
                            : [];
                    foreach (var term in terms)
                    {
                        if (!found.Add((term, section))) continue;
                        if (!occurrences.TryGetValue(term, out var list)) occurrences[term] = list = [];
                        list.Add(new TermOccurrence(section, passage));
                    }
                }
                var headings = section.Passages.Where(p => p.Kind == "heading").ToList();
                foreach (var term in context.GlossaryFile.Terms)
                {
                    if (found.Contains((term.Id, section))) continue;
                    var heading = headings.FirstOrDefault(h => term.Forms.Any(f => h.Text.Contains(f, StringComparison.Ordinal)));
                    if (heading is null) continue;
                    found.Add((term.Id, section));
                    if (!occurrences.TryGetValue(term.Id, out var list)) occurrences[term.Id] = list = [];
                    list.Add(new TermOccurrence(section, heading));
                }
            }
        }
        context.Glossary = new GlossaryIndex
        {
            File = context.GlossaryFile,
            Occurrences = occurrences.ToDictionary(p => p.Key, p => (IReadOnlyList<TermOccurrence>)p.Value, StringComparer.Ordinal),
        };
        var links = context.Plans.Values.SelectMany(p => p.Sections).SelectMany(s => Links(s, context.Plans[s.Plan.Id].Document.Passages)).ToList();
        context.Log.Info($"  {context.GlossaryFile.Terms.Count} glossary terms and {context.TermTargets.Count(t => t.Kind == IndicatorMentions.Kind)} indicator names: "
            + $"{links.Count(l => l.Link.Target.Kind == GlossaryTerms.Kind)} term links, {links.Count(l => l.Link.Target.Kind == IndicatorMentions.Kind)} indicator links");
    }

    /// <summary>The term links of a section with the passage (paragraph or table row) each is in.</summary>
    static IEnumerable<(TermLinkInline Link, Passage Passage)> Links(PlanSection section, IReadOnlyDictionary<string, Passage> passages)
    {
        foreach (var block in section.Blocks)
        {
            if (block is Table table)
            {
                foreach (var row in table.OfType<TableRow>())
                    if (row.GetAttributes().Id is { } rowId && passages.TryGetValue(rowId, out var rowPassage))
                        foreach (var link in TermLinker.LinksIn(row)) yield return (link, rowPassage);
            }
            else if (block.GetAttributes().Id is { } id && passages.TryGetValue(id, out var passage))
                foreach (var link in TermLinker.LinksIn(block)) yield return (link, passage);
        }
    }
}
