namespace SiteGen.Markup;

/// <summary>What rendering plan text needs to know about the page language.</summary>
public sealed record PlanRenderOptions(string Language, PlanRenderLabels Labels);

/// <summary>Words the plan renderers write around the text, in the page language.</summary>
public sealed record PlanRenderLabels(string EditorsNote, string LinkToHere, string TableScroll);
