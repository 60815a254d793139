using SiteGen.Content;
using SiteGen.Figures;
using SiteGen.Glossary;
using SiteGen.Markup.Extensions.TermLinks;

namespace SiteGen.Build.Stages;

/// <summary>
/// Reads the glossary (content/glossary.yaml) and the names of the indicator catalog
/// (content/indicators.yaml, when it exists): the terms that plan text links when it is parsed.
/// Where a word is both a glossary form and an indicator's name, it links to the indicator.
/// </summary>
public sealed class LoadGlossary : IBuildStage
{
    public void Run(BuildContext context)
    {
        var catalog = ReadCatalog(context);
        context.GlossaryFile = GlossaryLoader.Load(context.Paths, context.TopicCatalog, catalog);
        var indicators = catalog is null ? [] : IndicatorMentions.Targets(catalog);
        var taken = indicators.SelectMany(t => t.Forms).ToHashSet(StringComparer.Ordinal);
        var glossary = GlossaryTerms.Targets(context.GlossaryFile)
            .Select(t => t with { Forms = t.Forms.Where(f => !taken.Contains(f)).ToList() })
            .Where(t => t.Forms.Count > 0);
        context.TermTargets = [.. indicators, .. glossary];
    }

    /// <summary>The catalog as written, checked against the topics; LoadFigures checks the rest.</summary>
    static IndicatorCatalog? ReadCatalog(BuildContext context)
    {
        var file = Path.Combine(context.Paths.Content, FigureLoader.CatalogFile);
        if (!File.Exists(file)) return null;
        var catalog = YamlReader.ReadShared<IndicatorCatalog>(file, context.Paths.Display(file));
        foreach (var topic in catalog.Topics)
        {
            var ours = context.TopicCatalog.Find(topic.Id) ?? throw new ContentException(topic.Location,
                $"topic '{topic.Id}' is not a topic of content/topics.yaml", "the catalog's topics are the site's topics: same ids and names");
            if (ours.Name.Zh != topic.Name.Zh || ours.Name.En != topic.Name.En)
                throw new ContentException(topic.Location, $"topic '{topic.Id}' is named {topic.Name.Zh} / {topic.Name.En} here but {ours.Name.Zh} / {ours.Name.En} in content/topics.yaml");
        }
        return catalog;
    }
}
