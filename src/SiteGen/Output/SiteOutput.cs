using System.Collections.Concurrent;
using System.Text;

namespace SiteGen.Output;

/// <summary>
/// The site being built, in memory: output path (relative, forward slashes) → bytes. Stages add files;
/// <see cref="Publish.WriteStaging"/> writes them all at once, so a failed build writes nothing.
/// </summary>
public sealed class SiteOutput
{
    readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    static readonly UTF8Encoding Utf8 = new(false);

    public void Add(string path, string text) => Add(path, Encode(text));

    /// <summary>Text as the site stores it: UTF-8 without BOM.</summary>
    public static byte[] Encode(string text) => Utf8.GetBytes(text);

    public void Add(string path, byte[] bytes)
    {
        path = Normalize(path);
        if (!files.TryAdd(path, bytes))
            throw new InvalidOperationException($"two outputs write {path}");
    }

    public bool Contains(string path) => files.ContainsKey(Normalize(path));

    public byte[] Get(string path) => files[Normalize(path)];

    public string GetText(string path) => Utf8.GetString(Get(path));

    public IEnumerable<string> Paths => files.Keys.Order(StringComparer.Ordinal);

    public int Count => files.Count;

    public long TotalBytes => files.Values.Sum(b => (long)b.Length);

    static string Normalize(string path) =>
        path.Length > 0 && path[0] != '/' && !path.Contains('\\') ? path : path.Replace('\\', '/').TrimStart('/');
}
