using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Glossary;
using SiteGen.Markup;
using SiteGen.Markup.Extensions.TermLinks;

namespace SiteGen.Build.Stages;

/// <summary>Finds where each glossary term was linked in the plan texts, for the glossary page.</summary>
public sealed class IndexGlossary : IBuildStage
{
    public void Run(BuildContext context)
    {
        var occurrences = new Dictionary<string, List<TermOccurrence>>(StringComparer.Ordinal);
        foreach (var plan in context.Content.Plans)
        {
            var rendered = context.Plans[plan.Id];
            foreach (var section in rendered.Sections)
                foreach (var (link, passage) in Links(section, rendered.Document.Passages))
                    if (link.Target.Kind == GlossaryTerms.Kind)
                    {
                        if (!occurrences.TryGetValue(link.Target.Id, out var list)) occurrences[link.Target.Id] = list = [];
                        list.Add(new TermOccurrence(section, passage));
                    }
        }
        context.Glossary = new GlossaryIndex
        {
            File = context.GlossaryFile,
            Occurrences = occurrences.ToDictionary(p => p.Key, p => (IReadOnlyList<TermOccurrence>)p.Value, StringComparer.Ordinal),
        };
        context.Log.Info($"  {context.GlossaryFile.Terms.Count} glossary terms, linked in {occurrences.Values.Sum(l => l.Count)} sections");
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
