using SiteGen.Output;
using SiteGen.Pages;

namespace SiteGen.BrowserTests.Support;

/// <summary>
/// The page types the quality checks cover, read from the build itself: every kind of page the build
/// makes (<see cref="SitePage.Kind"/>: home, place, plan, chapter, not-found, and whatever kinds are
/// added later) is a page type, so a new kind is checked as soon as it exists. Checks that are cheap
/// run on every page; the others (Lighthouse, keyboard, screenshots) on one representative page per
/// type: the page named in <see cref="Preferred"/> (the one with the most to check), else the first
/// page of that kind.
/// </summary>
public static class PageTypes
{
    /// <summary>Representative pages, by kind. Add a line here to pick a better one for a new kind.</summary>
    public static readonly IReadOnlyDictionary<string, string> Preferred = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "/",
        ["place"] = "/zhenglan/",                     // a notice with the three plans it issued
        ["plan"] = "/wuhai/beautiful-wuhai/",         // a draft: banner, editor's notes, dropped clutter table
        ["chapter"] = "/changji/eco-plan/ch2/",       // a wide indicator table, merged cells, editor's notes
        ["not-found"] = "/404.html",
        ["compare-topic"] = "/compare/air/",          // five columns, parts of sections, an editor's note, picker and tabs
        ["compare-row"] = "/compare/plans/changji-bayannur/air/", // two whole chapters side by side, with a 专栏 box
    };

    public sealed record PageType(string Kind, string Language, string Url)
    {
        /// <summary>A file-name-safe name: "chapter-zh".</summary>
        public string Name => $"{Kind}-{Language}";
        public override string ToString() => $"{Kind} ({Language}) {Url}";
    }

    /// <summary>One representative page per kind and language, kinds in the order the build makes them.</summary>
    public static IReadOnlyList<PageType> Representatives(IReadOnlyList<SitePage> pages, params string[] languages)
    {
        if (languages.Length == 0) languages = ["zh", "en"];
        var result = new List<PageType>();
        foreach (var kind in Kinds(pages))
            foreach (var language in languages)
            {
                var ofKind = pages.Where(p => p.Kind == kind && p.Language == language).ToList();
                if (ofKind.Count == 0) continue;
                var url = Preferred.TryGetValue(kind, out var preferred) ? SiteUrls.InLanguage(preferred, language) : ofKind[0].Url;
                if (!ofKind.Any(p => p.Url == url))
                    throw new InvalidOperationException($"PageTypes.Preferred names {url} for '{kind}', but the build has no such {kind} page");
                result.Add(new PageType(kind, language, url));
            }
        return result;
    }

    public static IReadOnlyList<string> Kinds(IReadOnlyList<SitePage> pages)
    {
        var unnamed = pages.Where(p => p.Kind.Length == 0).Select(p => p.Url).Take(3).ToList();
        if (unnamed.Count > 0)
            throw new InvalidOperationException($"pages without a Kind cannot be checked per page type: {string.Join(", ", unnamed)}");
        return pages.Select(p => p.Kind).Distinct(StringComparer.Ordinal).ToList();
    }

    public const string NotAPage = "(not a page)";

    /// <summary>The kind of the page written to a file of the site ("changji/eco-plan/ch2/index.html").</summary>
    public static string KindOfFile(IReadOnlyList<SitePage> pages, string relativeFile)
    {
        var file = relativeFile.Replace('\\', '/');
        return pages.FirstOrDefault(p => SiteUrls.FileOf(p.Url) == file)?.Kind ?? NotAPage;
    }
}
