using SiteGen.Content;
using SiteGen.Markup;

namespace SiteGen.Figures;

/// <summary>baseline (a level at a reference year), achievement (done in the 十三五 period), target (to reach).</summary>
public enum FigureKind { Baseline, Achievement, Target }

/// <summary>
/// One figure of a plan, its citation proven: the quote occurs verbatim in the passage, the value in
/// the quote (or in the named column of the table row), and every department and deadline in the
/// passage or its task-list row.
/// </summary>
public sealed class Figure
{
    /// <summary>Stable id from place, plan, passage and order in the passage: "hohhot-eco-plan-ch3-s3-1-p1-2".</summary>
    public required string Id { get; init; }
    public required Place Place { get; init; }
    public required Plan Plan { get; init; }
    public required Passage Passage { get; init; }
    /// <summary>The passage's URL from the site root ("/hohhot/eco-plan/ch3/#ch3-s3-1-p1").</summary>
    public required string PassageUrl { get; init; }
    public Indicator? Indicator { get; init; }
    public required Topic Topic { get; init; }
    public required string Metric { get; init; }
    public required FigureKind Kind { get; init; }
    public int? Year { get; init; }
    public string? When { get; init; }
    public required FigureValue Value { get; init; }
    public string? Binding { get; init; }
    public string? Scope { get; init; }
    public required string Quote { get; init; }
    public string? Column { get; init; }
    public Passage? Task { get; init; }
    /// <summary>Other passages stating the same figure, with their URLs.</summary>
    public IReadOnlyList<(Passage Passage, string Url)> Also { get; init; } = [];
    public string? TaskUrl { get; init; }
    public IReadOnlyList<string> Lead { get; init; } = [];
    /// <summary>Where the plan names the lead units once for all its measures, when they come from there.</summary>
    public Passage? LeadSource { get; init; }
    public string? LeadSourceUrl { get; init; }
    public IReadOnlyList<string> Support { get; init; } = [];
    public IReadOnlyList<string> Supervisors { get; init; } = [];
    public string? Deadline { get; init; }
    /// <summary>Editor's notes: those marked in the quoted words of the text, then the figure's own.</summary>
    public IReadOnlyList<FigureNote> Notes { get; init; } = [];
    public required SourceLocation Location { get; init; }

    public string KindName => Kind.ToString().ToLowerInvariant();

    /// <summary>Every unit named, lead first.</summary>
    public IEnumerable<string> Departments => Lead.Concat(Support).Concat(Supervisors);

    /// <summary>The figure's home: its entry on the place's figures page.</summary>
    public string Url => FigureUrls.PlaceFigures(Place) + "#" + Id;
}

/// <summary>An editor's note on a figure: the defective words (if marked in the text) and the note.</summary>
public sealed record FigureNote(string? Marked, string Zh, string En)
{
    public string In(string language) => language == "en" && En.Length > 0 ? En : Zh;
}

public static class FigureUrls
{
    public const string Indicators = "/indicators/";
    public const string Targets = "/targets/";
    public const string Data = "/data/";
    public static string Indicator(Indicator indicator) => $"/indicators/{indicator.Id}/";
    public static string PlaceFigures(Place place) => $"/{place.Slug}/figures/";
}
