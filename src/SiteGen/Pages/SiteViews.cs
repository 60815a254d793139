using SiteGen.Content;
using SiteGen.Markup;
using SiteGen.Output;
using SiteGen.Templates;

namespace SiteGen.Pages;

/// <summary>Builds the template views of places and plans in one language.</summary>
public sealed class SiteViews(ContentSet content, IReadOnlyDictionary<string, RenderedPlan> plans, Translations words, string language)
{
    string T(string key) => words.Get(language, key);
    string L(LocalizedText? text) => text?.In(language) ?? "";
    public string U(string url) => SiteUrls.InLanguage(url, language);

    public PlaceView Place(Place place) => new(
        place.Slug, U(PlanUrls.Place(place)), L(place.Name), place.Name.Zh, place.Name.En, L(place.Level),
        string.Join(language == "en" ? ", " : " · ", place.Parents.Select(L)), L(place.Summary),
        place.Plans.Where(p => p.PartOf is null).Select(Summary).ToList());

    public PlanSummaryView Summary(Plan plan)
    {
        var parent = plan.PartOf is null ? null : plan.Place.Plans.First(p => p.Slug == plan.PartOf);
        var parts = plan.Place.Plans.Where(p => p.PartOf == plan.Slug).Select(Summary).ToList();
        return new PlanSummaryView(
            plan.Id, U(PlanUrls.Plan(plan)), L(plan.Title), plan.Title.Zh, L(plan.ShortTitle), L(plan.Type), L(plan.Period),
            plan.IsDraft, T(plan.IsDraft ? "status.draft" : "status.final"), L(plan.Issuer), plan.DocNumber,
            plan.Signed ?? plan.Posted, L(plan.Place.Name), U(PlanUrls.Place(plan.Place)),
            parent is null ? null : L(parent.Title), parent is null ? null : U(PlanUrls.Plan(parent)), parts);
    }

    public PlanView Plan(Plan plan)
    {
        var rendered = plans[plan.Id];
        var doc = rendered.Document;
        var source = content.Sources[plan.Source];
        var range = ParseRange(plan.Text.FrontMatter.Lines);
        var dropped = source.Dropped.Where(d => d.Line >= range.First && d.Line <= range.Last)
            .Select(d => new DroppedView(d.Line, d.Text, d.Reason)).ToList();
        return new PlanView(
            Summary(plan), plan.IndexNumber, plan.Signed, plan.Posted, plan.Source, plan.Text.FrontMatter.Lines, plan.SourceNote is null ? null : L(plan.SourceNote),
            doc.Toc.Select(e => Toc(plan, e)).ToList(),
            doc.Chapters.Select(c => new LinkView(c.Title, U(PlanUrls.Chapter(plan, c.Id)))).ToList(),
            new TrustedHtml(rendered.Html[language].Front), doc.Front.Count > 0,
            Notes(plan, rendered), dropped, Citation(plan, null));
    }

    public ChapterView Chapter(Plan plan, PlanChapter chapter)
    {
        var rendered = plans[plan.Id];
        var chapters = rendered.Document.Chapters;
        var i = chapter.Index;
        LinkView? Link(int k) => k >= 0 && k < chapters.Count ? new LinkView(chapters[k].Title, U(PlanUrls.Chapter(plan, chapters[k].Id))) : null;
        var entry = rendered.Document.Toc.First(e => e.Id == chapter.Id);
        return new ChapterView(chapter.Id, chapter.Title, U(PlanUrls.Chapter(plan, chapter.Id)),
            new TrustedHtml(rendered.Html[language].Chapters[chapter.Id]),
            entry.Children.Select(e => Toc(plan, e)).ToList(), Link(i - 1), Link(i + 1), i + 1, chapters.Count);
    }

    public TocItemView Toc(Plan plan, TocEntry entry) =>
        new(entry.Text, U(PlanUrls.Chapter(plan, entry.ChapterId)) + (entry.Level <= 2 ? "" : "#" + entry.Id), entry.Level,
            entry.Children.Select(c => Toc(plan, c)).ToList());

    /// <summary>How to cite a plan, or one of its passages.</summary>
    public string Citation(Plan plan, Passage? passage)
    {
        var parts = new List<string> { L(plan.Issuer) + (language == "en" ? ", " : "：") + "《" + plan.Title.Zh + "》" };
        if (plan.DocNumber is not null) parts.Add(plan.DocNumber);
        if (passage is not null) parts.Add(string.Join(" › ", passage.SectionPath));
        var url = content.Site.BaseUrl.TrimEnd('/') + (passage is null ? PlanUrls.Plan(plan) : PlanUrls.Passage(plan, passage));
        return string.Join(language == "en" ? ", " : "，", parts) + (language == "en" ? ". " : "。") + url;
    }

    List<NoteView> Notes(Plan plan, RenderedPlan rendered) =>
        rendered.Document.PassageList.SelectMany(passage => passage.Notes.Select(note => new NoteView(
            note.Marked, language == "en" && note.NoteEn.Length > 0 ? note.NoteEn : note.Note,
            U(PlanUrls.Passage(plan, passage)), passage.SectionPath.LastOrDefault() ?? T("plan.front")))).ToList();

    static (int First, int Last) ParseRange(string lines)
    {
        var parts = lines.Split('-');
        var first = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        return (first, parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : first);
    }
}
