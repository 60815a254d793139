using SiteGen.Build;
using SiteGen.Markup;

namespace SiteGen.Search;

/// <summary>Every heading, paragraph and table row of every plan, as a search document linking to its anchor.</summary>
public sealed class PlanPassageDocuments : ISearchDocumentSource
{
    public IEnumerable<SearchDocument> Documents(BuildContext context)
    {
        foreach (var plan in context.Content.Plans)
        {
            var document = context.Plans[plan.Id].Document;
            foreach (var passage in document.PassageList)
            {
                if (passage.Kind == "table" || passage.Text.Length == 0) continue; // a caption is in its rows' paths
                var headings = passage.Kind == "heading" ? passage.SectionPath.SkipLast(1) : passage.SectionPath;
                var topic = document.Chapters.Count > 0 && passage.ChapterId is not null ? headings.FirstOrDefault() ?? "" : "";
                var below = (topic.Length > 0 ? headings.Skip(1) : headings).ToList();
                if (passage.Kind == "row" && TableOf(document, passage) is { Text.Length: > 0 } table) below.Add(table.Text);
                yield return new SearchDocument(PlanUrls.Passage(plan, passage), SearchKinds.Text, plan.Place.Slug, plan.Id,
                    topic, string.Join(" › ", below), passage.Text);
            }
        }
    }

    /// <summary>The table a row belongs to: its id is the row's without "-rN".</summary>
    static Passage? TableOf(PlanDocument document, Passage row) =>
        document.Passages.GetValueOrDefault(row.Id[..row.Id.LastIndexOf("-r", StringComparison.Ordinal)]);
}
