using SiteGen.Content;

namespace SiteGen.Verify;

/// <summary>
/// One verification of the built site that <c>sitegen check</c> runs (links, well-formed HTML, outside
/// hosts, fidelity, citations…). A check reads the <see cref="CheckedSite"/> and reports problems; it
/// never throws for a problem it finds. New checks are registered in <see cref="SiteChecks"/>.
/// </summary>
public interface ISiteCheck
{
    /// <summary>Short name shown in the summary ("links", "fidelity").</summary>
    string Name { get; }

    /// <summary>What the check proves, shown beside its result.</summary>
    string Description { get; }

    CheckResult Run(CheckedSite site);
}

/// <summary>A problem a check found: where (file:line of a source, content or output file), what, and how to fix it.</summary>
public sealed record CheckProblem(SourceLocation Location, string Message, string Hint)
{
    public override string ToString() => $"{Location}: error: {Message}\n  hint: {Hint}";
}

/// <summary>What a check found, and how much it looked at ("2,914 links", "100.00% of 81,233 characters").</summary>
public sealed record CheckResult(IReadOnlyList<CheckProblem> Problems, string Covered)
{
    public bool Passed => Problems.Count == 0;
}
