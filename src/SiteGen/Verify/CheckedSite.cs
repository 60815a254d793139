using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Content;

namespace SiteGen.Verify;

/// <summary>
/// The site under check: the build (content, plans, output in memory), every HTML page parsed once with
/// AngleSharp (in parallel, shared by all checks), the HTML5 parse errors of each page, and the
/// published folder to compare with, if any.
/// </summary>
public sealed class CheckedSite
{
    readonly Lazy<IReadOnlyDictionary<string, ParsedPage>> pages;

    public CheckedSite(BuildContext build, string? publishedDir)
    {
        Build = build;
        PublishedDir = publishedDir;
        pages = new(ParseAll);
    }

    public BuildContext Build { get; }
    public ProjectPaths Paths => Build.Paths;
    /// <summary>The published site to compare with the build (site-output/), or null.</summary>
    public string? PublishedDir { get; }

    /// <summary>Every HTML page by output path, parsed.</summary>
    public IReadOnlyDictionary<string, ParsedPage> Pages => pages.Value;

    /// <summary>Where output file problems are reported: "site-output/a/index.html:12".</summary>
    public SourceLocation OutputLocation(string path, int line = 0) => new("site-output/" + path, line);

    IReadOnlyDictionary<string, ParsedPage> ParseAll()
    {
        var paths = Build.Output.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var parsed = InOrder.Map(paths, path =>
        {
            var errors = new List<(int Line, int Column, string Message)>();
            var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
            parser.Error += (_, e) =>
            {
                if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error)
                    errors.Add((error.Position.Line, error.Position.Column, error.Message));
            };
            var doc = parser.ParseDocument(Build.Output.GetText(path));
            return new ParsedPage(path, doc, errors);
        });
        return parsed.ToDictionary(p => p.Path, StringComparer.Ordinal);
    }
}

/// <summary>An HTML page of the site, parsed, with the parse errors the HTML5 algorithm reported.</summary>
public sealed record ParsedPage(string Path, IDocument Document, IReadOnlyList<(int Line, int Column, string Message)> ParseErrors);
