using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>The committed Markdown is exactly what the importer makes of the raw sources and hints.</summary>
public sealed class ReimportTests
{
    public static TheoryData<string> Places => ["hohhot", "changji", "wuhai", "zhenglan", "bayannur"];

    [Theory]
    [MemberData(nameof(Places))]
    public void Given_the_committed_hints_When_a_place_is_reimported_Then_every_file_is_unchanged(string place)
    {
        var outcome = ImportRunner.ImportPlace(Repo.Paths, place, write: false);
        Assert.True(outcome.Changed.Count == 0,
            $"re-importing {place} changes {string.Join(", ", outcome.Changed)}; run `sitegen import --place {place}` and review the diff");
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void Given_the_committed_hints_When_a_place_is_reimported_Then_no_warning_is_left_unreviewed(string place)
    {
        var outcome = ImportRunner.ImportPlace(Repo.Paths, place, write: false);
        Assert.Empty(outcome.Warnings.Select(w => w.ToString()));
    }
}
