namespace SiteGen.Content;

/// <summary>The Markdown text of a plan with its front matter, before rendering.</summary>
public sealed class PlanText
{
    public required string Path { get; init; }
    public required PlanTextFrontMatter FrontMatter { get; init; }
    public required string Markdown { get; init; }
    /// <summary>Line in the file where the Markdown body starts (1-based).</summary>
    public required int BodyLine { get; init; }
}

/// <summary>Front matter that <c>sitegen import</c> writes at the top of each plan text.</summary>
public sealed class PlanTextFrontMatter : ILocated
{
    public string Plan { get; set; } = "";
    public string Source { get; set; } = "";
    /// <summary>Line range of the source this text was converted from, e.g. "20-745".</summary>
    public string Lines { get; set; } = "";
    public string Generator { get; set; } = "";

    public SourceLocation Location { get; set; }
}
