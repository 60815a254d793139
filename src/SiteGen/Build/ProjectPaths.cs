namespace SiteGen.Build;

/// <summary>Where a SiteGen project keeps its parts (the layout of README.md).</summary>
public sealed record ProjectPaths(string Root)
{
    public string Content => Path.Combine(Root, "content");
    public string Sources => Path.Combine(Content, "sources");
    public string Places => Path.Combine(Content, "places");
    public string Templates => Path.Combine(Root, "templates");
    public string Output => Path.Combine(Root, "site-output");
    public string NodeModules => Path.Combine(Root, "node_modules");

    /// <summary>A path as messages show it: relative to the project root, with forward slashes.</summary>
    public string Display(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>The project root: the given folder, or the nearest folder upwards that holds content/ and templates/.</summary>
    public static ProjectPaths Find(string? root)
    {
        if (root is not null) return new ProjectPaths(Path.GetFullPath(root));
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "content")) && Directory.Exists(Path.Combine(dir.FullName, "templates")))
                return new ProjectPaths(dir.FullName);
        return new ProjectPaths(Directory.GetCurrentDirectory());
    }
}
