namespace SiteGen.Pages;

/// <summary>One HTML page of the site in one language: where it goes, which template renders it, and
/// the values the template sees besides the site-wide ones.</summary>
public sealed record SitePage(string Url, string Language, string Template, string Title)
{
    public string Description { get; init; } = "";
    public string Kind { get; init; } = "";
    /// <summary>The page's name in the breadcrumb trail, if shorter than its title.</summary>
    public string? Crumb { get; init; }
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
    /// <summary>
    /// Makes the values the template sees besides the site-wide ones. Called only when the page is
    /// rendered: an incremental build keeps the HTML of a page whose inputs did not change, and then
    /// never pays for its model.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object?>> Model { get; init; } = static () => NoModel;

    static readonly IReadOnlyDictionary<string, object?> NoModel = new Dictionary<string, object?>();
    /// <summary>Pages that exist in one language only (none yet) say so; the language switch then goes home.</summary>
    public bool HasTranslation { get; init; } = true;
    public bool NoIndex { get; init; }
    /// <summary>Scripts of templates/assets/ this page loads besides site.js (a feature's enhancements).</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];
    /// <summary>Link with root-relative URLs (under the base URL's path): a 404 page is served at any address.</summary>
    public bool RootRelativeLinks { get; init; }
    /// <summary>
    /// Makes a key of what the page shows of the plan texts and of the data made from them (topics,
    /// figures…), from <see cref="PageInputKeys"/> or the figures' fingerprint; "" for a page that shows
    /// none. An incremental build re-renders the page only when its key or the site key (records,
    /// catalogs, templates) changed; a one-shot build never asks. Null: the page may show any plan text,
    /// and is re-rendered when one changes.
    /// </summary>
    public Func<string>? InputKey { get; init; }
    /// <summary>Open Graph type of the page: "website", or "article" for a document's pages.</summary>
    public string OpenGraphType { get; init; } = "website";
    /// <summary>schema.org objects (JSON-LD) that describe what the page publishes; see Sharing/JsonLd.cs.</summary>
    public IReadOnlyList<System.Text.Json.Nodes.JsonObject> StructuredData { get; init; } = [];
}

public sealed record LinkView(string Title, string Url);
