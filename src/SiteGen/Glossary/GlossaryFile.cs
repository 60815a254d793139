using SiteGen.Content;

namespace SiteGen.Glossary;

/// <summary>content/glossary.yaml: terms of Chinese environmental policy, explained in zh and en.</summary>
public sealed class GlossaryFile : ILocated
{
    public List<GlossaryTerm> Terms { get; set; } = [];

    public SourceLocation Location { get; set; }
}

/// <summary>One glossary entry.</summary>
public sealed class GlossaryTerm : ILocated
{
    /// <summary>Lower-case words joined by '-': the entry's anchor on the glossary page.</summary>
    public string Id { get; set; } = "";
    /// <summary>The term as Chinese texts write it.</summary>
    public string Zh { get; set; } = "";
    /// <summary>Its English name.</summary>
    public string En { get; set; } = "";
    /// <summary>The forms to look for in plan text; default: <see cref="Zh"/>.</summary>
    public List<string> Match { get; set; } = [];
    /// <summary>The topic it belongs to (content/topics.yaml), which groups the glossary page.</summary>
    public string Topic { get; set; } = "";
    public LocalizedText Definition { get; set; } = new();
    /// <summary>The catalog indicator (content/indicators.yaml) the term names, if any: the entry links to its page.</summary>
    public string? Indicator { get; set; }
    /// <summary>Ids of related entries.</summary>
    public List<string> See { get; set; } = [];

    public SourceLocation Location { get; set; }

    public IReadOnlyList<string> Forms => Match.Count > 0 ? Match : [Zh];
}
