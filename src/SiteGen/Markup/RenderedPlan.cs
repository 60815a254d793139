namespace SiteGen.Markup;

/// <summary>A plan's parsed document and its HTML in each page language.</summary>
public sealed class RenderedPlan
{
    public required PlanDocument Document { get; init; }
    public required IReadOnlyDictionary<string, RenderedText> Html { get; init; }

    /// <summary>The same parse and HTML for a new load of the same plan (an incremental build reuses them).</summary>
    public RenderedPlan WithPlan(Content.Plan plan)
    {
        if (ReferenceEquals(plan, Document.Plan)) return this;
        var document = new PlanDocument
        {
            Plan = plan, Markdown = Document.Markdown, Front = Document.Front, Chapters = Document.Chapters, Toc = Document.Toc,
            Passages = Document.Passages, PassageList = Document.PassageList,
        };
        return new RenderedPlan { Document = document, Html = Html, keys = Keys.For(document) };
    }

    PlanTextKeys? keys;

    /// <summary>Keys of the parts of the text, for pages to say what they show (<see cref="PlanTextKeys"/>).</summary>
    public PlanTextKeys Keys => LazyInitializer.EnsureInitialized(ref keys, () => new PlanTextKeys(Document, Html));

    IReadOnlyList<PlanSection>? sections;

    /// <summary>The plan's sections (<see cref="PlanSection"/>) in reading order.</summary>
    public IReadOnlyList<PlanSection> Sections => LazyInitializer.EnsureInitialized(ref sections, () => PlanSections.Of(Document));

    /// <summary>The site URL of a passage: its chapter page plus its anchor (front passages are on the plan page).</summary>
    public string UrlOf(Passage passage) => PlanUrls.Passage(Document.Plan, passage);
}

public sealed record RenderedText(string Front, IReadOnlyDictionary<string, string> Chapters);

public static class PlanUrls
{
    public static string Place(Content.Place place) => $"/{place.Slug}/";
    public static string Plan(Content.Plan plan) => $"/{plan.Place.Slug}/{plan.Slug}/";
    public static string Chapter(Content.Plan plan, string chapterId) => $"{Plan(plan)}{chapterId}/";
    public static string Passage(Content.Plan plan, Passage passage) =>
        (passage.ChapterId is null ? Plan(plan) : Chapter(plan, passage.ChapterId)) + "#" + passage.Id;
}
