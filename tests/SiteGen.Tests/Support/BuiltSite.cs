using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Build;

namespace SiteGen.Tests.Support;

/// <summary>The real site, built once per test run in memory (nothing is published).</summary>
public static class BuiltSite
{
    static readonly Lazy<BuildContext> Built = new(() =>
        new BuildPipeline(Repo.Paths, new BuildLog(TextWriter.Null, quiet: true)).Run(publishTo: null).Context);

    public static BuildContext Context => Built.Value;

    public static IDocument Page(string path) => new HtmlParser().ParseDocument(Context.Output.GetText(path));

    /// <summary>Builds a fresh copy (for tests that compare two builds).</summary>
    public static BuildContext BuildAgain() =>
        new BuildPipeline(Repo.Paths, new BuildLog(TextWriter.Null, quiet: true)).Run(publishTo: null).Context;
}
