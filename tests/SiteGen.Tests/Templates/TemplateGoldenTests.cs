using Scriban.Runtime;
using SiteGen.Content;
using SiteGen.Output;
using SiteGen.Pages;
using SiteGen.Templates;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>
/// Golden pairs in the style of Scriban's own tests: golden/NNN-name.txt is a template, rendered by
/// our engine for the page "/hohhot/" with a fixed model; golden/NNN-name.out.txt is what it must
/// produce (or the error it must raise). Set UPDATE_GOLDEN=1 to rewrite the .out.txt files, then
/// read the diff.
/// </summary>
public sealed class TemplateGoldenTests
{
    static readonly string Folder = Path.Combine(Repo.Root, "tests", "SiteGen.Tests", "Templates", "golden");

    public static TheoryData<string> Cases() => [.. Directory.GetFiles(Folder, "*.txt")
        .Where(f => !f.EndsWith(".out.txt", StringComparison.Ordinal)).Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Given_a_golden_template_When_rendered_Then_the_output_is_the_golden_one(string name)
    {
        var dir = Directory.CreateTempSubdirectory("sitegen-golden-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "pages"));
            Directory.CreateDirectory(Path.Combine(dir, "partials"));
            File.Copy(Path.Combine(Folder, name + ".txt"), Path.Combine(dir, "pages", "case.scriban-html"));
            foreach (var partial in Directory.GetFiles(Path.Combine(Folder, "partials")))
                File.Copy(partial, Path.Combine(dir, "partials", Path.GetFileName(partial)));

            string actual;
            try { actual = new TemplateEngine(dir).Render("pages/case", Model()); }
            catch (ContentException e) { actual = "error: " + e.Message + "\n"; }

            var expectedFile = Path.Combine(Folder, name + ".out.txt");
            if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(expectedFile, actual);
            Assert.Equal(File.ReadAllText(expectedFile), actual);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    static ScriptObject Model()
    {
        var model = new ScriptObject();
        model.SetValue("text", "<b>Tom & Jerry</b>", true);
        model.SetValue("html", new TrustedHtml("<em>built by us</em>"), true);
        model.SetValue("quote", "say \"hi\" & 'bye'", true);
        model.SetValue("place", new PlaceView("hohhot", "/hohhot/", "呼和浩特市", "呼和浩特市", "Hohhot", "地级市", "内蒙古自治区", "", []), true);
        model.Import("url", new Func<string, string>(target => SiteUrls.Relative("/hohhot/", target)));
        model.Import("t", new Func<string, string>(key => key == "nav.home" ? "首页" : throw new ArgumentException(key)));
        return model;
    }
}
