using System.Text.RegularExpressions;

namespace SiteGen.Verify.Checks;

/// <summary>
/// Nothing in the site refers to another host: no link, script, style, image, font, form or frame
/// outside the site's own base URL, in HTML attributes, CSS (url(), @import) or JavaScript. The site
/// must not load anything from elsewhere nor tell anyone else who reads it. XML namespace names
/// (http://www.w3.org/2000/svg) are names, not references.
/// </summary>
public sealed partial class NoOutsideHostsCheck : ISiteCheck
{
    public string Name => "hosts";
    public string Description => "no reference to an outside host (HTML, CSS, JS)";

    static readonly string[] UrlAttributes = ["href", "src", "srcset", "action", "formaction", "poster", "data", "cite", "background", "xlink:href", "ping", "manifest"];
    const string Hint = "serve the file from templates/assets/ (the Content-Security-Policy allows only 'self'), or drop the reference";

    public CheckResult Run(CheckedSite site)
    {
        var baseUrl = new Uri(site.Build.Content.Site.BaseUrl);
        var problems = new List<CheckProblem>();
        var references = 0;
        bool Outside(string url)
        {
            references++;
            url = url.Trim();
            if (url.StartsWith("//", StringComparison.Ordinal)) url = baseUrl.Scheme + ":" + url;
            if (!AbsoluteUrl().IsMatch(url)) return false;
            if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return false;
            return !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == baseUrl.Scheme && uri.Authority == baseUrl.Authority);
        }

        foreach (var (path, page) in site.Pages.OrderBy(p => p.Key, StringComparer.Ordinal))
            foreach (var element in page.Document.All)
            {
                foreach (var name in UrlAttributes)
                    if (element.GetAttribute(name) is { } value)
                        foreach (var url in name == "srcset" ? value.Split(',').Select(s => s.Trim().Split(' ')[0]) : [value])
                            if (Outside(url))
                                problems.Add(new CheckProblem(site.OutputLocation(path, element.SourceReference?.Position.Line ?? 0),
                                    $"<{element.LocalName} {name}=\"{url}\"> refers to another host", Hint));
                if (element.LocalName == "meta" && element.GetAttribute("http-equiv")?.Equals("refresh", StringComparison.OrdinalIgnoreCase) == true
                    && element.GetAttribute("content") is { } refresh && refresh.Contains("url=", StringComparison.OrdinalIgnoreCase)
                    && Outside(refresh[(refresh.IndexOf("url=", StringComparison.OrdinalIgnoreCase) + 4)..]))
                    problems.Add(new CheckProblem(site.OutputLocation(path), "<meta http-equiv=refresh> sends readers to another host", Hint));
            }

        foreach (var path in site.Build.Output.Paths)
        {
            var isCss = path.EndsWith(".css", StringComparison.Ordinal);
            var isScript = path.EndsWith(".js", StringComparison.Ordinal) || path.EndsWith(".mjs", StringComparison.Ordinal);
            var isSvg = path.EndsWith(".svg", StringComparison.Ordinal);
            if (!isCss && !isScript && !isSvg) continue;
            var text = site.Build.Output.GetText(path);
            var pattern = isCss ? CssUrl() : AnyUrl();
            foreach (Match m in pattern.Matches(text))
            {
                var url = m.Groups["url"].Value;
                if (NamespaceName().IsMatch(url) || !Outside(url)) continue;
                var line = 1 + text.AsSpan(0, m.Index).Count('\n');
                problems.Add(new CheckProblem(site.OutputLocation(path, line), $"refers to another host: {url}", Hint));
            }
        }
        return new CheckResult(problems, $"{references:N0} references in {site.Build.Output.Count:N0} files");
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")] private static partial Regex AbsoluteUrl();
    [GeneratedRegex(@"url\(\s*['""]?(?<url>[^'"")\s]+)|@import\s+['""](?<url>[^'""]+)")] private static partial Regex CssUrl();
    /// <summary>A URL in quotes (a string literal or an attribute value): what scripts and SVG can load. URLs in comments, such as a licence header, are not references.</summary>
    [GeneratedRegex(@"[""'`](?<url>(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s'""`)<>]*)")] private static partial Regex AnyUrl();
    [GeneratedRegex(@"^https?://www\.w3\.org/")] private static partial Regex NamespaceName();
}
