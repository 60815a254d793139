using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Build.Stages;

/// <summary>
/// Copies templates/assets/ to assets/, bundles templates/styles/*.css (one file per feature, in name
/// order) into assets/site.css, and gives each asset a versioned URL (?v= and a content hash), so
/// browsers may cache them for good and still see every change.
/// </summary>
public sealed class CopyAssets : IBuildStage
{
    public void Run(BuildContext context)
    {
        var dir = Path.Combine(context.Paths.Templates, "assets");
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            Add(context, Path.GetRelativePath(dir, file).Replace('\\', '/'), File.ReadAllBytes(file));

        var styles = Directory.EnumerateFiles(Path.Combine(context.Paths.Templates, "styles"), "*.css").Order(StringComparer.Ordinal)
            .Select(f => $"/* {Path.GetFileName(f)} */\n" + File.ReadAllText(f).TrimEnd() + "\n");
        Add(context, "site.css", Encoding.UTF8.GetBytes(string.Join("\n", styles)));
    }

    /// <summary>Adds an asset under assets/ and records its versioned URL.</summary>
    public static void Add(BuildContext context, string name, byte[] bytes) => Add(context, name, bytes, VersionOf(bytes));

    /// <param name="version">The <see cref="VersionOf"/> the bytes, when known (a search shard kept from the last build).</param>
    public static void Add(BuildContext context, string name, byte[] bytes, string version)
    {
        context.Output.Add("assets/" + name, bytes);
        context.Assets[name] = $"/assets/{name}?v={version}";
    }

    public static string VersionOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
}
