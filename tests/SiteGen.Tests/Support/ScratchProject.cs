using SiteGen.Build;

namespace SiteGen.Tests.Support;

/// <summary>
/// A throwaway copy of the project's content/, templates/ and node_modules/lunr in a temp folder, for tests that break
/// things on purpose. Disposing deletes it.
/// </summary>
public sealed class ScratchProject : IDisposable
{
    public ScratchProject()
    {
        Root = Directory.CreateTempSubdirectory("sitegen-test-").FullName;
        Copy(Repo.PathOf("content"), Path.Combine(Root, "content"));
        Copy(Repo.PathOf("templates"), Path.Combine(Root, "templates"));
        Copy(Repo.PathOf("node_modules", "lunr"), Path.Combine(Root, "node_modules", "lunr")); // the build copies lunr.js
        Paths = new ProjectPaths(Root);
    }

    public string Root { get; }
    public ProjectPaths Paths { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    public void Edit(string relative, Func<string, string> change)
    {
        var before = Read(relative);
        var after = change(before);
        if (after == before) throw new InvalidOperationException($"the edit did not change {relative}");
        Write(relative, after);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
