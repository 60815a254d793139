using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Markup;
using SiteGen.Output;
using SiteGen.Pages;

namespace SiteGen.Figures;

// What the figure templates see: values in the page language (plan words stay Chinese), URLs from the
// site root in that language; templates make them relative with {{ url x }}.

public sealed record FigureView(
    string Id, string Url, string PlaceSlug, string PlaceName, string PlaceUrl,
    string PlanTitle, string PlanUrl, string Issuer, string? DocNumber,
    string Metric, string? IndicatorId, string? IndicatorName, string? IndicatorUrl,
    string TopicId, string TopicName,
    string KindId, string Kind, string Year, string? When,
    string Value, string Display, bool ValueDiffers, bool HasNumber, bool Aspirational,
    string? BindingId, string? Binding, string? Scope,
    string Quote, string PassageUrl, string Where, string? Column,
    string? TaskUrl, string? TaskWhere, string? Deadline,
    string Lead, string Support, string Supervisors, string? LeadSourceUrl,
    IReadOnlyList<FigureNoteView> Notes, IReadOnlyList<LinkView> Also, bool Strictest,
    string? PlanLabel, IReadOnlyList<FactView> Facts);

public sealed record FigureNoteView(string? Marked, string Text);

/// <summary>A fact of a figure as its entry lists it: a translation key for the label, the plan's words, and a link if any.</summary>
public sealed record FactView(string Label, string Text, string? Url);

/// <summary>A figure as a cell of the comparison tables: the value read, its year, badges, link and notes.</summary>
public sealed record CellValueView(
    string Display, string Year, string KindId, string? Scope, string Url, string Quote, string? BindingId, string? Binding,
    bool Aspirational, bool Strictest, IReadOnlyList<FigureNoteView> Notes);

public sealed record PlaceColumnView(string Slug, string Name, string Url);

public sealed record MatrixCellView(string PlaceSlug, string PlaceName, bool Empty, CellValueView? Baseline, IReadOnlyList<CellValueView> Targets,
    int Count, string Url, string SortKey);

public sealed record MatrixRowView(
    string Id, string Name, string NameZh, string Url, string Unit, string TopicId, string TopicName, string Better,
    int PlaceCount, IReadOnlyList<MatrixCellView> Cells, IReadOnlyList<CaveatView> Caveats);

public sealed record CaveatView(string? PlaceName, string Text);

public sealed record SourceView(string Issuer, string Title, string? DocNumber, string Url, string PlaceName);

public sealed record IndicatorPlaceView(string Anchor, string PlaceName, string PlaceUrl, CellValueView? Baseline,
    IReadOnlyList<CellValueView> Targets, IReadOnlyList<FigureView> Figures);

public sealed record StrictestView(string Year, string PlaceName, string Display, string Url, string? Binding, string? Scope, string Quote);

public sealed record TopicGroupView(string Id, string Name, IReadOnlyList<FigureView> Figures);

public sealed record FilterOptionView(string Value, string Label);

/// <summary>Builds the figure views of one page language.</summary>
public sealed class FigureViews(BuildContext context, string language)
{
    readonly FigureSet set = context.Figures;
    string T(string key) => context.Translations.Get(language, key);
    string L(LocalizedText? text) => text?.In(language) ?? "";
    public string Language => language;
    public string U(string url) => SiteUrls.InLanguage(url, language);

    public string KindLabel(FigureKind kind) => T("figures.kind." + kind.ToString().ToLowerInvariant());

    public static string? BindingId(string? binding) => binding switch { "约束性" => "binding", "预期性" => "expected", _ => null };

    public FigureView View(Figure f, IndicatorSummary? summary = null)
    {
        var plan = f.Plan;
        return new FigureView(
            f.Id, U(f.Url), f.Place.Slug, L(f.Place.Name), U(PlanUrls.Place(f.Place)),
            plan.Title.Zh, U(PlanUrls.Plan(plan)), L(plan.Issuer), plan.DocNumber,
            f.Metric, f.Indicator?.Id, f.Indicator is null ? null : L(f.Indicator.Name), f.Indicator is null ? null : U(FigureUrls.Indicator(f.Indicator)),
            f.Topic.Id, L(f.Topic.Name),
            f.KindName, KindLabel(f.Kind), FigureFormat.Year(f), f.When,
            f.Value.Written, FigureFormat.Compact(f.Value), FigureFormat.Compact(f.Value) != f.Value.Written.Trim(), f.Value.Number is not null, f.Value.Aspirational,
            BindingId(f.Binding), f.Binding is null ? null : T("figures.binding." + BindingId(f.Binding)), f.Scope,
            f.Quote, U(f.PassageUrl), Where(f.Passage), f.Column,
            f.TaskUrl is null ? null : U(f.TaskUrl), f.Task is null ? null : Where(f.Task), f.Deadline,
            string.Join("、", f.Lead), string.Join("、", f.Support), string.Join("、", f.Supervisors),
            f.LeadSourceUrl is null ? null : U(f.LeadSourceUrl),
            Notes(f), f.Also.Select(a => new LinkView(Where(a.Passage), U(a.Url))).ToList(),
            summary?.IsStrictest(f) ?? false,
            MultiPlan(f.Place) ? L(plan.ShortTitle) : null, Facts(f));
    }

    /// <summary>Where a place has figures in several plans (Zhenglan), each entry names its plan.</summary>
    bool MultiPlan(Place place) => set.OfPlace(place.Slug).Select(f => f.Plan).Distinct().Count() > 1;

    IReadOnlyList<FactView> Facts(Figure f)
    {
        var facts = new List<FactView>();
        void Add(string label, string? text, string? url = null) { if (!string.IsNullOrEmpty(text)) facts.Add(new FactView(label, text, url)); }
        if (FigureFormat.Compact(f.Value) != f.Value.Written.Trim()) Add("figures.value", f.Value.Written);
        Add("figures.when", f.When);
        Add("figures.scope", f.Scope);
        Add("figures.column", f.Column);
        Add("figures.deadline", f.Deadline);
        Add("figures.lead", string.Join("、", f.Lead), f.LeadSourceUrl is null ? null : U(f.LeadSourceUrl));
        Add("figures.support", string.Join("、", f.Support));
        Add("figures.supervisors", string.Join("、", f.Supervisors));
        return facts;
    }

    public IReadOnlyList<FigureNoteView> Notes(Figure f) => f.Notes.Select(n => new FigureNoteView(n.Marked, n.In(language))).ToList();

    public CellValueView Cell(Figure f, IndicatorSummary summary) => new(
        FigureFormat.Compact(f.Value), FigureFormat.Year(f), f.KindName, f.Scope, U(f.PassageUrl), f.Quote,
        BindingId(f.Binding), f.Binding is null ? null : T("figures.binding." + BindingId(f.Binding)),
        f.Value.Aspirational, summary.IsStrictest(f), Notes(f));

    static string Where(Passage passage) => passage.SectionPath.Count == 0 ? "" : string.Join(" › ", passage.SectionPath);

    public IReadOnlyList<PlaceColumnView> PlaceColumns() =>
        context.Content.Places.Select(p => new PlaceColumnView(p.Slug, L(p.Name), U(FigureUrls.PlaceFigures(p)))).ToList();

    public IReadOnlyList<CaveatView> Caveats(Indicator indicator) =>
        indicator.Caveats.Select(c => new CaveatView(c.Place is null ? null : L(context.Content.FindPlace(c.Place)!.Name), c.In(language))).ToList();

    public MatrixRowView MatrixRow(Indicator indicator)
    {
        var summary = IndicatorSummary.Of(set, indicator, context.Content.Places);
        var cells = new List<MatrixCellView>();
        foreach (var place in context.Content.Places)
        {
            var s = summary.Places.FirstOrDefault(p => p.Place == place);
            var url = U(FigureUrls.Indicator(indicator)) + "#place-" + place.Slug;
            if (s is null) { cells.Add(new MatrixCellView(place.Slug, L(place.Name), true, null, [], 0, url, "")); continue; }
            var latest = s.Targets.LastOrDefault(t => t.Value.Number is not null) ?? s.Baseline;
            var sort = latest?.Value.Number is { } n ? FigureFormat.Number(n) : "";
            cells.Add(new MatrixCellView(place.Slug, L(place.Name), false, s.Baseline is null ? null : Cell(s.Baseline, summary),
                s.Targets.Select(t => Cell(t, summary)).ToList(), s.All.Count, url, sort));
        }
        var topic = set.Catalog.FindTopic(indicator.Topic)!;
        return new MatrixRowView(indicator.Id, L(indicator.Name), indicator.Name.Zh, U(FigureUrls.Indicator(indicator)), indicator.Unit ?? "",
            topic.Id, L(topic.Name), T("figures.better." + indicator.Better), summary.Places.Count, cells, Caveats(indicator));
    }

    public IReadOnlyList<StrictestView> Strictest(IndicatorSummary summary) =>
        summary.Strictest.OrderBy(kv => kv.Key).SelectMany(kv => kv.Value.Select(f => new StrictestView(
            kv.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), L(f.Place.Name), FigureFormat.Compact(f.Value), U(f.PassageUrl),
            f.Binding is null ? null : T("figures.binding." + BindingId(f.Binding)), f.Scope, f.Quote))).ToList();

    /// <summary>The governments whose plans the figures come from, each with its plan's title and 文号.</summary>
    public IReadOnlyList<SourceView> Sources(IEnumerable<Figure> figures) =>
        figures.Select(f => f.Plan).Distinct().Select(p => new SourceView(L(p.Issuer), p.Title.Zh, p.DocNumber, U(PlanUrls.Plan(p)), L(p.Place.Name))).ToList();

    public IReadOnlyList<TopicGroupView> ByTopic(IEnumerable<Figure> figures) =>
        set.Catalog.Topics.Select(t => new TopicGroupView(t.Id, L(t.Name), figures.Where(f => f.Topic == t).Select(f => View(f)).ToList()))
            .Where(g => g.Figures.Count > 0).ToList();
}
