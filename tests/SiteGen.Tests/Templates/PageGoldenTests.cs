using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>
/// Golden pages: a few real pages of each kind, as the templates render the real content. When a
/// template or the content changes on purpose, run with UPDATE_GOLDEN=1 and read the diff of
/// tests/SiteGen.Tests/Templates/pages/. Asset version hashes are masked.
/// </summary>
public sealed partial class PageGoldenTests
{
    static readonly string Folder = Path.Combine(Repo.Root, "tests", "SiteGen.Tests", "Templates", "pages");

    [Theory]
    [InlineData("index.html", "home.zh.html")]
    [InlineData("en/zhenglan/index.html", "place-zhenglan.en.html")]
    [InlineData("wuhai/beautiful-wuhai/index.html", "plan-wuhai.zh.html")]
    [InlineData("zhenglan/water-2020/part1/index.html", "chapter-zhenglan-water-part1.zh.html")]
    [InlineData("404.html", "not-found.zh.html")]
    public void Given_the_real_content_When_a_page_is_rendered_Then_it_matches_its_golden_file(string page, string golden)
    {
        var actual = AssetVersion().Replace(BuiltSite.Context.Output.GetText(page), "?v=HASH");
        var file = Path.Combine(Folder, golden);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(file, actual);
        Assert.True(File.Exists(file), $"no golden file {golden}; run with UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(file), actual);
    }

    [GeneratedRegex(@"\?v=[0-9a-f]{10}")] private static partial Regex AssetVersion();
}
