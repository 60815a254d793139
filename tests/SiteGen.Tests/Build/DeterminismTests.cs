using SiteGen.Build;
using SiteGen.Commands;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

public sealed class DeterminismTests
{
    [Fact]
    public void Given_the_same_content_When_built_twice_Then_the_outputs_are_byte_identical()
    {
        var first = BuiltSite.Context.Output;
        var second = BuiltSite.BuildAgain().Output;
        Assert.Equal(first.Paths, second.Paths);
        foreach (var path in first.Paths)
            Assert.True(first.Get(path).AsSpan().SequenceEqual(second.Get(path)), $"{path} differs between two builds");
    }

    [Fact]
    public void Given_the_same_content_When_published_twice_Then_the_two_trees_on_disk_are_byte_identical()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-twice-").FullName;
        try
        {
            var (a, b) = (Path.Combine(root, "a"), Path.Combine(root, "b"));
            Assert.Equal(0, BuildCommand.Run(Repo.Paths, new BuildLog(TextWriter.Null, quiet: true), a, new StringWriter()));
            Assert.Equal(0, BuildCommand.Run(Repo.Paths, new BuildLog(TextWriter.Null, quiet: true), b, new StringWriter()));
            string[] Tree(string dir) => Directory.EnumerateFileSystemEntries(dir, "*", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(dir, p).Replace('\\', '/') + (Directory.Exists(p) ? "/" : "")).Order(StringComparer.Ordinal).ToArray();
            var tree = Tree(a);
            Assert.Equal(tree, Tree(b));
            Assert.Contains("hohhot/eco-plan/ch5/index.html", tree);
            foreach (var file in tree.Where(p => !p.EndsWith('/')))
                Assert.True(File.ReadAllBytes(Path.Combine(a, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, file))),
                    $"{file} differs between two published builds");
            Assert.Equal(BuiltSite.Context.Output.Paths, tree.Where(p => !p.EndsWith('/')));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
