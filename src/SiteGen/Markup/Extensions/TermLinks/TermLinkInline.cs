using Markdig.Syntax.Inlines;

namespace SiteGen.Markup.Extensions.TermLinks;

/// <summary>Words of the plan text that name a <see cref="TermTarget"/>; its children are the words as written.</summary>
public sealed class TermLinkInline : ContainerInline
{
    public required TermTarget Target { get; init; }
    /// <summary>Order in the document (1, 2, …): gives the explanation's element a unique id on the page.</summary>
    public required int Number { get; init; }
}
