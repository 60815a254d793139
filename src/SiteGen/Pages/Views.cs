using SiteGen.Templates;

namespace SiteGen.Pages;

// What templates see: plain values in the page language, URLs from the site root. Templates turn URLs
// into relative links with {{ url x }}.

public sealed record PlaceView(
    string Slug, string Url, string Name, string NameZh, string NameEn, string Level, string Parents, string Summary,
    IReadOnlyList<PlanSummaryView> Plans);

public sealed record PlanSummaryView(
    string Id, string Url, string Title, string TitleZh, string ShortTitle, string Type, string Period,
    bool IsDraft, string Status, string Issuer, string? DocNumber, string? Date, string PlaceName, string PlaceUrl,
    string? PartOfTitle, string? PartOfUrl, IReadOnlyList<PlanSummaryView> Parts);

public sealed record PlanView(
    PlanSummaryView Summary,
    string? IndexNumber, string? Signed, string? Posted, string SourceFile, string SourceLines, string? SourceNote,
    IReadOnlyList<TocItemView> Toc, IReadOnlyList<LinkView> Chapters, TrustedHtml FrontHtml, bool HasFront,
    IReadOnlyList<NoteView> Notes, IReadOnlyList<DroppedView> Dropped, string Citation);

public sealed record TocItemView(string Text, string Url, int Level, IReadOnlyList<TocItemView> Children);

public sealed record ChapterView(
    string Id, string Title, string Url, TrustedHtml Html, IReadOnlyList<TocItemView> Toc,
    LinkView? Previous, LinkView? Next, int Number, int Count);

public sealed record NoteView(string Marked, string Note, string Url, string Where);

public sealed record DroppedView(int Line, string Text, string Reason);
