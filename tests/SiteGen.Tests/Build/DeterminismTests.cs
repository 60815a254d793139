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
}
