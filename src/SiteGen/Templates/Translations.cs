using SiteGen.Content;

namespace SiteGen.Templates;

/// <summary>
/// The words of the site's chrome in each language (templates/i18n/&lt;lang&gt;.yaml, flat key: text).
/// Every language must define the same keys.
/// </summary>
public sealed class Translations
{
    readonly Dictionary<string, Dictionary<string, string>> byLanguage = new(StringComparer.Ordinal);

    public Translations(string templatesDir, IEnumerable<string> languages)
    {
        foreach (var language in languages)
        {
            var file = Path.Combine(templatesDir, "i18n", language + ".yaml");
            var display = $"templates/i18n/{language}.yaml";
            byLanguage[language] = YamlReader.Read<Dictionary<string, string>>(file, display);
        }
        var all = byLanguage.Values.SelectMany(d => d.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var (language, words) in byLanguage)
        {
            var missing = all.Where(k => !words.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
                throw new ContentException(new SourceLocation($"templates/i18n/{language}.yaml", 0),
                    $"missing translations: {string.Join(", ", missing)}", "every language file must define the same keys");
        }
    }

    public IReadOnlyDictionary<string, string> For(string language) => byLanguage[language];

    public string Get(string language, string key) =>
        byLanguage[language].TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"no translation '{key}' in templates/i18n/{language}.yaml");
}
