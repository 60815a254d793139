using SiteGen.Build;

namespace SiteGen.Tests.Support;

/// <summary>The repository the tests run in: its real content, templates and sources.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static ProjectPaths Paths { get; } = new(Root);

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
