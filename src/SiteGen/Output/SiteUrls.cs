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
    /// <remarks>Every link of every page is made here, so the paths are compared segment by segment in
    /// place rather than split into arrays.</remarks>
    public static string Relative(string fromUrl, string toUrl)
    {
        var hash = toUrl.IndexOf('#');
        var fragment = hash >= 0 ? toUrl.AsSpan(hash) : default;
        var target = hash >= 0 ? toUrl.AsSpan(0, hash) : toUrl.AsSpan();
        if (target.Length == 0) return fragment.ToString();
        var fromDir = fromUrl.AsSpan(0, fromUrl.LastIndexOf('/') + 1).Trim('/');
        var to = target.TrimStart('/');
        var fromCount = fromDir.Length == 0 ? 0 : fromDir.Count('/') + 1;
        var toCount = to.Count('/') + 1;
        // Leading segments both paths share (never the target's last one, its file or empty name).
        var common = 0;
        int fromAt = 0, toAt = 0;
        while (common < fromCount && common < toCount - 1)
        {
            var fromSegment = Segment(fromDir, fromAt);
            var toSegment = Segment(to, toAt);
            if (!fromSegment.SequenceEqual(toSegment)) break;
            common++;
            fromAt += fromSegment.Length + 1;
            toAt += toSegment.Length + 1;
        }
        var up = fromCount - common;
        var down = to[toAt..];
        if (up == 0 && down.Length == 0) return string.Concat("./", fragment);
        var sb = new System.Text.StringBuilder(up * 3 + down.Length + fragment.Length);
        for (var i = 0; i < up; i++) sb.Append("../");
        return sb.Append(down).Append(fragment).ToString();
    }

    /// <summary>The segment of a path that starts at <paramref name="at"/>, up to the next slash.</summary>
    static ReadOnlySpan<char> Segment(ReadOnlySpan<char> path, int at)
    {
        var rest = path[at..];
        var slash = rest.IndexOf('/');
        return slash < 0 ? rest : rest[..slash];
    }

    /// <summary>The URL of the same page in another language: English lives under /en/.</summary>
    public static string InLanguage(string url, string language)
    {
        var zh = url.StartsWith("/en/", StringComparison.Ordinal) ? url[3..] : url;
        return language == "en" ? "/en" + zh : zh;
    }

    public static string LanguageRoot(string language) => language == "en" ? "/en/" : "/";
}
