using System.Text;
using SiteGen.Figures;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Figures;

/// <summary>
/// Golden files, read by eye when they change: the main content of one indicator page (PM2.5, zh) and
/// the figures CSV. After a deliberate change, regenerate them with UPDATE_GOLDEN=1 dotnet test
/// --filter GoldenTests, and read the diff before committing.
/// </summary>
public sealed class GoldenTests
{
    static string GoldenPath(string name) => Repo.PathOf("tests", "SiteGen.Tests", "Figures", "Golden", name);

    [Fact]
    public void Given_the_pm25_page_When_built_Then_its_main_content_matches_the_golden_file()
    {
        var main = BuiltSite.Page("indicators/pm25/index.html").QuerySelector("main")!.InnerHtml.Trim() + "\n";
        Check("indicator-pm25.zh.html", Encoding.UTF8.GetBytes(main));
    }

    [Fact]
    public void Given_the_figures_csv_When_built_Then_it_matches_the_golden_file()
    {
        Check("figures.csv", BuiltSite.Context.Output.Get(FigureDownloads.FiguresCsv));
    }

    static void Check(string name, byte[] actual)
    {
        var path = GoldenPath(name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing: run UPDATE_GOLDEN=1 dotnet test --filter GoldenTests");
        var expected = File.ReadAllBytes(path);
        if (expected.AsSpan().SequenceEqual(actual)) return;
        var a = Encoding.UTF8.GetString(expected).Split('\n');
        var b = Encoding.UTF8.GetString(actual).Split('\n');
        var line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
        Assert.Fail($"{name} differs from the golden file at line {line + 1}:\n- {(line < a.Length ? a[line] : "(end)")}\n+ {(line < b.Length ? b[line] : "(end)")}\n" +
                    "If the change is intended: UPDATE_GOLDEN=1 dotnet test --filter GoldenTests, then read the diff.");
    }
}
