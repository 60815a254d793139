namespace SiteGen.Output;

/// <summary>
/// Site URLs are absolute paths from the site root ("/hohhot/eco-plan/ch1/"); pages link to each other
/// with relative URLs, so the site works under any base path and from a plain file server.
/// </summary>
public static class SiteUrls
{
    /// <summary>The output file of a page URL: "/a/b/" → "a/b/index.html".</summary>
    public static string FileOf(string url)
    {
        var path = url.Split('#')[0].TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>A relative link from one page URL to another URL, keeping its fragment.</summary>
    public static string Relative(string fromUrl, string toUrl)
    {
        var hash = toUrl.IndexOf('#');
        var fragment = hash >= 0 ? toUrl[hash..] : "";
        var target = hash >= 0 ? toUrl[..hash] : toUrl;
        if (target.Length == 0) return fragment;
        var fromDir = fromUrl[..(fromUrl.LastIndexOf('/') + 1)].Trim('/');
        var fromParts = fromDir.Length == 0 ? [] : fromDir.Split('/');
        var toParts = target.TrimStart('/').Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common]) common++;
        var up = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        var down = string.Join('/', toParts[common..]);
        var relative = up + down;
        if (relative.Length == 0) relative = "./";
        return relative + fragment;
    }

    /// <summary>The URL of the same page in another language: English lives under /en/.</summary>
    public static string InLanguage(string url, string language)
    {
        var zh = url.StartsWith("/en/", StringComparison.Ordinal) ? url[3..] : url;
        return language == "en" ? "/en" + zh : zh;
    }

    public static string LanguageRoot(string language) => language == "en" ? "/en/" : "/";
}
