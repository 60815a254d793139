using System.Security.Cryptography;

namespace SiteGen.Build.Stages;

/// <summary>
/// Copies templates/assets/ to assets/ and gives each asset a versioned URL (?v= and a content hash),
/// so browsers may cache them for good and still see every change.
/// </summary>
public sealed class CopyAssets : IBuildStage
{
    public void Run(BuildContext context)
    {
        var dir = Path.Combine(context.Paths.Templates, "assets");
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(dir, file).Replace('\\', '/');
            var bytes = File.ReadAllBytes(file);
            context.Output.Add("assets/" + name, bytes);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            context.Assets[name] = $"/assets/{name}?v={hash}";
        }
    }
}
