using SiteGen.Output;

namespace SiteGen.Verify;

/// <summary>
/// Checks the built site as a browser would follow it: every internal link (href, src) of every page
/// resolves to a file of the site, and every #fragment to an element id on the target page. Links to
/// other hosts are reported too: the site must not load or send anything elsewhere.
/// </summary>
public static partial class LinkChecker
{
    public sealed record Problem(string Page, string Link, string What, int Line = 0)
    {
        public override string ToString() => $"{Page}: {What}: {Link}";
    }

    /// <param name="baseUrl">The site's own absolute URL: links under it (canonical, alternate) are checked as internal.</param>
    public static List<Problem> Check(SiteOutput output, string baseUrl)
    {
        var pages = output.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var parsed = Build.InOrder.Map(pages, p => PageLinks.Parse(output.GetText(p)));
        return Check(output, baseUrl, pages.Zip(parsed).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal));
    }

    /// <summary>Checks the links of pages already read (see <see cref="PageLinks"/>), in page path order.</summary>
    /// <param name="only">Check the links of these pages only (the others' targets are still read).</param>
    /// <param name="targets">If given, receives for each checked page the pages its #fragment links point into.</param>
    public static List<Problem> Check(SiteOutput output, string baseUrl, IReadOnlyDictionary<string, PageLinks> pages,
        IReadOnlySet<string>? only = null, IDictionary<string, IReadOnlySet<string>>? targets = null)
    {
        var basePath = new Uri(baseUrl).AbsolutePath;
        var order = pages.Keys.Where(p => only is null || only.Contains(p)).Order(StringComparer.Ordinal).ToList();
        return Build.InOrder.Map(order, page =>
        {
            var into = new HashSet<string>(StringComparer.Ordinal);
            var problems = new List<Problem>();
            foreach (var (link, line) in pages[page].Links)
            {
                if (link.StartsWith("mailto:", StringComparison.Ordinal) || link.StartsWith("data:", StringComparison.Ordinal)) continue;
                var local = link;
                if (link.StartsWith(baseUrl, StringComparison.Ordinal)) local = "/" + link[baseUrl.Length..];
                else if (link.StartsWith("//", StringComparison.Ordinal) || (!link.StartsWith('/') && Scheme().IsMatch(link)))
                {
                    problems.Add(new Problem(page, link, "link to another host", line));
                    continue;
                }
                else if (link.StartsWith('/'))
                {
                    if (!link.StartsWith(basePath, StringComparison.Ordinal)) { problems.Add(new Problem(page, link, "root link outside the base path", line)); continue; }
                    local = "/" + link[basePath.Length..];
                }
                var (target, fragment) = Resolve(page, local);
                if (target is null) { problems.Add(new Problem(page, link, "link leaves the site root", line)); continue; }
                var file = output.Contains(target) ? target : output.Contains(target + "/index.html") ? target + "/index.html" : null;
                if (file is null) { problems.Add(new Problem(page, link, "no such page or file", line)); continue; }
                if (fragment.Length == 0 || !file.EndsWith(".html", StringComparison.Ordinal)) continue;
                into.Add(file);
                if (!(pages.TryGetValue(file, out var targetPage) && targetPage.Ids.Contains(Uri.UnescapeDataString(fragment))))
                    problems.Add(new Problem(page, link, "no such #fragment", line));
            }
            if (targets is not null) lock (targets) targets[page] = into;
            return problems;
        }).SelectMany(p => p).ToList();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")] private static partial System.Text.RegularExpressions.Regex Scheme();

    /// <summary>The output path a relative or root-relative link from a page points to, and its fragment.</summary>
    public static (string? Path, string Fragment) Resolve(string page, string link)
    {
        var hash = link.IndexOf('#');
        var fragment = hash >= 0 ? link[(hash + 1)..] : "";
        var target = hash >= 0 ? link[..hash] : link;
        var query = target.IndexOf('?');
        if (query >= 0) target = target[..query];
        if (target.Length == 0) return (page, fragment);
        var parts = new List<string>();
        if (!target.StartsWith('/')) parts.AddRange(page.Split('/')[..^1]);
        foreach (var part in Uri.UnescapeDataString(target).Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..") { if (parts.Count == 0) return (null, fragment); parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(part);
        }
        var path = string.Join('/', parts);
        if (target.EndsWith('/')) path = path.Length == 0 ? "index.html" : path + "/index.html";
        return (path, fragment);
    }
}
