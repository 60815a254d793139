using SiteGen.Content;

namespace SiteGen.Templates;

/// <summary>
/// The words of the site's chrome in each language: templates/i18n/&lt;lang&gt;/*.yaml, one file per
/// feature, flat "key: text". Every language must define the same keys, and a key only once.
/// </summary>
public sealed class Translations
{
    readonly Dictionary<string, Dictionary<string, string>> byLanguage = new(StringComparer.Ordinal);

    public Translations(string templatesDir, IEnumerable<string> languages)
    {
        foreach (var language in languages)
        {
            var words = new Dictionary<string, string>(StringComparer.Ordinal);
            var dir = Path.Combine(templatesDir, "i18n", language);
            if (!Directory.Exists(dir))
                throw new ContentException(new SourceLocation($"templates/i18n/{language}/", 0), $"no translations for language '{language}'");
            foreach (var file in Directory.EnumerateFiles(dir, "*.yaml").Order(StringComparer.Ordinal))
            {
                var display = $"templates/i18n/{language}/{Path.GetFileName(file)}";
                foreach (var (key, text) in YamlReader.Read<Dictionary<string, string>>(file, display))
                    if (!words.TryAdd(key, text))
                        throw new ContentException(new SourceLocation(display, 0), $"translation key '{key}' is defined twice for {language}");
            }
            byLanguage[language] = words;
        }
        var all = byLanguage.Values.SelectMany(d => d.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var (language, words) in byLanguage)
        {
            var missing = all.Where(k => !words.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
                throw new ContentException(new SourceLocation($"templates/i18n/{language}/", 0),
                    $"missing translations: {string.Join(", ", missing)}", "every language file must define the same keys");
        }
    }

    public IReadOnlyDictionary<string, string> For(string language) => byLanguage[language];

    public string Get(string language, string key) =>
        byLanguage[language].TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"no translation '{key}' in templates/i18n/{language}/");
}
