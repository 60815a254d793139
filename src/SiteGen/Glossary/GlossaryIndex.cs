using SiteGen.Markup;

namespace SiteGen.Glossary;

/// <summary>The glossary and where each term occurs: the sections whose text links it, in site order.</summary>
public sealed class GlossaryIndex
{
    public const string Url = "/glossary/";

    public required GlossaryFile File { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<TermOccurrence>> Occurrences { get; init; }

    public IReadOnlyList<GlossaryTerm> Terms => File.Terms;

    public IReadOnlyList<TermOccurrence> Of(GlossaryTerm term) => Occurrences.TryGetValue(term.Id, out var list) ? list : [];

    public static string UrlOf(GlossaryTerm term) => Url + "#" + term.Id;
}

/// <summary>The first occurrence of a term in a section: the passage (paragraph or table row) that holds it.</summary>
public sealed record TermOccurrence(PlanSection Section, Passage Passage);
