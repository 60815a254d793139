using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace SiteGen.Build;

/// <summary>
/// A short key (SHA-256, 32 hex digits) of a sequence of texts, for what an incremental build compares
/// from one build to the next: the parts of a plan text (<see cref="Markup.PlanTextKeys"/>), what a page
/// shows (<see cref="Pages.PageInputKeys"/>), the figures (<see cref="Figures.FigureSet.Fingerprint"/>).
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

        internal string Result() => Convert.ToHexString(hash.GetHashAndReset(), 0, 16);

        public void Dispose() => hash.Dispose();
    }
}
