using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace SiteGen.Build;

/// <summary>
/// A short key (SHA-256, 32 hex digits) of a sequence of texts, for what an incremental build compares
/// from one build to the next: the parts of a plan text (<see cref="Markup.PlanTextKeys"/>), what a page
/// shows (<see cref="Pages.PageInputKeys"/>), the figures (<see cref="Figures.FigureSet.Fingerprint"/>),
/// and whole folders (templates/ and content/, for <see cref="BuildCache.SiteKey"/>).
/// Each text is ended by a separator, so ("ab", "c") and ("a", "bc") differ.
/// </summary>
public static class ContentKey
{
    public static string Of(IEnumerable<string?> parts) => Of(h => { foreach (var part in parts) h.Add(part); });

    public static string Of(Action<Hasher> fill)
    {
        using var hasher = new Hasher();
        fill(hasher);
        return hasher.Result();
    }

    /// <summary>A key of the files under the given folders, except those <paramref name="skip"/> says: their paths and bytes.</summary>
    public static string OfFiles(IEnumerable<string> roots, Func<string, bool> skip) => Of(h =>
    {
        foreach (var root in roots.Where(Directory.Exists))
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                if (!skip(file)) h.AddFile(file);
    });

    public sealed class Hasher : IDisposable
    {
        readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public void Add(params ReadOnlySpan<string?> parts)
        {
            foreach (var part in parts)
            {
                hash.AppendData(MemoryMarshal.AsBytes((part ?? "").AsSpan()));
                hash.AppendData([0, 1]);
            }
        }

        public void AddFile(string path)
        {
            Add(path);
            hash.AppendData(File.ReadAllBytes(path));
            hash.AppendData([0, 1]);
        }

        internal string Result() => Convert.ToHexString(hash.GetHashAndReset(), 0, 16);

        public void Dispose() => hash.Dispose();
    }
}
