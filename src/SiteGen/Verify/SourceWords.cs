using AngleSharp.Dom;

namespace SiteGen.Verify;

/// <summary>
/// The plan's own words in a published element: the text a reader sees as the passage, without what
/// the site writes around it (editor's notes, ¶ links, the copy-citation button, the hover
/// explanations of glossary terms and indicator names).
/// </summary>
public static class SourceWords
{
    public const string SiteAdditions = ".ednote, .pilcrow, .cite-button, .term-tip";

    public static string Of(IElement element)
    {
        // Work on a copy: the parsed page is shared with other checks.
        var copy = (IElement)element.Clone(deep: true);
        foreach (var extra in copy.QuerySelectorAll(SiteAdditions).ToList()) extra.Remove();
        return copy.TextContent;
    }
}
