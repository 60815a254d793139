using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using SiteGen.Templates;

namespace SiteGen.Sharing;

/// <summary>
/// Structured data for search engines (schema.org in JSON-LD): each object becomes one
/// &lt;script type="application/ld+json"&gt; in the page head. A data block is not executed, so the
/// Content-Security-Policy (script-src 'self') allows it. The JSON is written by System.Text.Json, whose
/// encoder escapes &lt;, &gt;, &amp;, ' and " as \uXXXX even when it leaves Chinese as is: content can never
/// close the script element ("&lt;/script&gt;") or open a comment in it.
/// </summary>
public static class JsonLd
{
    public const string Context = "https://schema.org";

    static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <summary>The script elements for a page's structured data ("" when there is none).</summary>
    public static TrustedHtml Scripts(IEnumerable<JsonObject> items) =>
        new(string.Join("\n", items.Select(item => "<script type=\"application/ld+json\">" + item.ToJsonString(Options) + "</script>")));
}
