using SiteGen.Output;

namespace SiteGen.Publish;

/// <summary>
/// Writes the built site to a staging folder beside site-output/, then swaps it in with two renames.
/// Until the swap, the previously published site stays as it was; a failed build never touches it.
/// </summary>
public static class SitePublisher
{
    public static void Publish(SiteOutput output, string target)
    {
        target = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $"{name}.staging-{Environment.ProcessId}");
        var old = Path.Combine(parent, $"{name}.old-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        try
        {
            // Files are written on all cores (thousands of them at scale); the first failure, in path order, is rethrown.
            Build.InOrder.Map(output.Paths.ToList(), path =>
            {
                var file = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, output.Get(path));
                return 0;
            });
            if (Directory.Exists(target)) Directory.Move(target, old);
            Directory.Move(staging, target);
            if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (!Directory.Exists(target) && Directory.Exists(old)) Directory.Move(old, target);
            throw;
        }
    }

    /// <summary>
    /// Brings a published folder from <paramref name="previous"/> to <paramref name="current"/>: writes the
    /// files whose bytes changed (each to a temporary name, then renamed over the old one, so a reader never
    /// sees half a file) and deletes the files no longer built. For `sitegen serve`; returns the paths
    /// written or deleted, and how many were deleted.
    /// </summary>
    public static (IReadOnlyList<string> Changed, int Deleted) Update(SiteOutput previous, SiteOutput current, string target)
    {
        var changed = new List<string>();
        foreach (var path in current.Paths)
        {
            var bytes = current.Get(path);
            if (previous.Contains(path) && (ReferenceEquals(previous.Get(path), bytes) || previous.Get(path).AsSpan().SequenceEqual(bytes))) continue;
            var file = Path.Combine(target, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temporary = file + $".tmp-{Environment.ProcessId}";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, file, overwrite: true);
            changed.Add(path);
        }
        var deleted = 0;
        foreach (var path in previous.Paths.Where(p => !current.Contains(p)))
        {
            var file = Path.Combine(target, path);
            if (File.Exists(file)) { File.Delete(file); deleted++; }
            changed.Add(path);
        }
        return (changed, deleted);
    }
}
