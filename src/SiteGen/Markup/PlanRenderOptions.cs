using SiteGen.Markup.Extensions.TermLinks;

namespace SiteGen.Markup;

/// <summary>What rendering plan text needs to know about the page language, and the terms it links.</summary>
public sealed record PlanRenderOptions(string Language, PlanRenderLabels Labels)
{
    /// <summary>Glossary terms and indicators whose first mention in each section links to their page.</summary>
    public IReadOnlyList<TermTarget> Terms { get; init; } = [];
    /// <summary>False renders term links without their hover explanations (pages that set many sections side by side).</summary>
    public bool TermExplanations { get; init; } = true;
}

/// <summary>Words the plan renderers write around the text, in the page language.</summary>
public sealed record PlanRenderLabels(string EditorsNote, string LinkToHere, string TableScroll);
