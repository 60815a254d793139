using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Figures;
using SiteGen.Topics;

namespace SiteGen.Glossary;

/// <summary>Reads content/glossary.yaml and checks ids, topics, cross-references and match forms.</summary>
public static partial class GlossaryLoader
{
    public const string File = "glossary.yaml";

    public static GlossaryFile Load(ProjectPaths paths, TopicCatalog topics, IndicatorCatalog? indicators)
    {
        var path = Path.Combine(paths.Content, File);
        var glossary = YamlReader.ReadShared<GlossaryFile>(path, paths.Display(path));
        var ids = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        var forms = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        foreach (var term in glossary.Terms)
        {
            if (!Id().IsMatch(term.Id))
                throw new ContentException(term.Location, $"glossary id '{term.Id}' must be lower-case letters, digits and '-'");
            if (!ids.TryAdd(term.Id, term)) throw new ContentException(term.Location, $"glossary term '{term.Id}' is defined twice");
            if (term.Zh.Length == 0 || term.En.Length == 0 || term.Definition.Zh.Length == 0 || term.Definition.En.Length == 0)
                throw new ContentException(term.Location, $"glossary term '{term.Id}' needs zh, en and a definition in zh and en");
            if (topics.Find(term.Topic) is null)
                throw new ContentException(term.Location, $"glossary term '{term.Id}' names unknown topic '{term.Topic}'",
                    "topics are: " + string.Join(", ", topics.Topics.Select(t => t.Id)));
            foreach (var form in term.Forms)
                if (form.Trim().Length == 0 || !forms.TryAdd(form, term))
                    throw new ContentException(term.Location, form.Trim().Length == 0
                        ? $"glossary term '{term.Id}' has an empty match form"
                        : $"the form '{form}' of '{term.Id}' is already a form of '{forms[form].Id}'");
        }
        foreach (var term in glossary.Terms.Where(t => t.Indicator is not null))
            if (indicators?.FindIndicator(term.Indicator!) is null)
                throw new ContentException(term.Location, $"glossary term '{term.Id}' names indicator '{term.Indicator}', which is not in the catalog",
                    "indicator ids are those of content/indicators.yaml");
        foreach (var term in glossary.Terms)
            foreach (var see in term.See)
                if (!ids.ContainsKey(see) || see == term.Id)
                    throw new ContentException(term.Location, $"glossary term '{term.Id}' refers to unknown term '{see}'");
        return glossary;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")] private static partial Regex Id();
}
