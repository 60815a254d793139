using SiteGen.Content;
using SiteGen.Markup.Extensions.TermLinks;

namespace SiteGen.Glossary;

/// <summary>The glossary's entries as link targets for plan text (<see cref="TermLinker"/>).</summary>
public static class GlossaryTerms
{
    public const string Kind = "glossary";

    public static IEnumerable<TermTarget> Targets(GlossaryFile glossary) =>
        glossary.Terms.Select(term => new TermTarget(Kind, term.Id, GlossaryIndex.UrlOf(term),
            new LocalizedText { Zh = term.Zh, En = term.En }, term.Definition, term.Forms));
}
