using SiteGen.Content;

namespace SiteGen.Templates;

/// <summary>
/// The words of the site's chrome in each language: templates/i18n/&lt;lang&gt;/*.yaml, one file per
/// feature, flat "key: text". Every language must define the same keys, and a key only once.
/// </summary>
public sealed class Translations
{
    readonly Dictionary<string, Dictionary<string, string>> byLanguage = new(StringComparer.Ordinal);
    /// <summary>Where each key is defined, per language: file and line, for messages.</summary>
    readonly Dictionary<string, Dictionary<string, SourceLocation>> where = new(StringComparer.Ordinal);

    public Translations(string templatesDir, IEnumerable<string> languages)
    {
        foreach (var language in languages)
        {
            var words = new Dictionary<string, string>(StringComparer.Ordinal);
            var defined = where[language] = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            var dir = Path.Combine(templatesDir, "i18n", language);
            if (!Directory.Exists(dir))
                throw new ContentException(new SourceLocation($"templates/i18n/{language}/", 0), $"no translations for language '{language}'",
                    $"add templates/i18n/{language}/ with the same keys as the other languages, or remove '{language}' from languages in content/site.yaml");
            foreach (var file in Directory.EnumerateFiles(dir, "*.yaml").Order(StringComparer.Ordinal))
            {
                var display = $"templates/i18n/{language}/{Path.GetFileName(file)}";
                var lines = File.ReadAllText(file).Split('\n');
                SourceLocation At(string key) => new(display, 1 + Math.Max(0, Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal))));
                foreach (var (key, text) in YamlReader.ReadShared<Dictionary<string, string>>(file, display))
                {
                    if (!words.TryAdd(key, text))
                        throw new ContentException(At(key), $"translation key '{key}' is defined twice for {language} (also at {defined[key]})",
                            "define each key once per language");
                    defined[key] = At(key);
                }
            }
            byLanguage[language] = words;
        }
        var all = byLanguage.Values.SelectMany(d => d.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var (language, words) in byLanguage)
        {
            var missing = all.Where(k => !words.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                var other = where.First(w => w.Value.ContainsKey(missing[0])).Value[missing[0]];
                throw new ContentException(other, $"'{missing[0]}' has no translation for {language} (templates/i18n/{language}/)" +
                    (missing.Count > 1 ? $"; {missing.Count - 1} more keys are missing: {string.Join(", ", missing.Skip(1).Take(10))}" : ""),
                    $"every language defines the same keys: add '{missing[0]}' to templates/i18n/{language}/, or remove it here");
            }
        }
    }

    public IReadOnlyDictionary<string, string> For(string language) => byLanguage[language];

    public string Get(string language, string key) =>
        byLanguage[language].TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"no translation '{key}' in templates/i18n/{language}/");
}
