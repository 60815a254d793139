using Scriban.Runtime;
using SiteGen.Templates;

namespace SiteGen.Tests.Templates;

/// <summary>The engine's limits: what Scriban would cut or stop by default, our pages never meet.</summary>
public sealed class TemplateEngineTests
{
    [Fact]
    public void Given_a_partial_whose_output_passes_one_MiB_When_included_Then_nothing_is_cut()
    {
        // Scriban cuts strings above 1 MiB by default (LimitToString), an include's output too, without an error.
        var dir = Directory.CreateTempSubdirectory("sitegen-large-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "pages"));
            Directory.CreateDirectory(Path.Combine(dir, "partials"));
            File.WriteAllText(Path.Combine(dir, "partials", "row.scriban-html"), "<p>{{ i }} 第{{ i }}段：细颗粒物浓度下降。</p>\n");
            File.WriteAllText(Path.Combine(dir, "pages", "case.scriban-html"), "{{ for i in 1..60000 }}{{ include 'partials/row' }}{{ end }}<p>end</p>");
            var html = new TemplateEngine(dir).Render("pages/case", new ScriptObject());
            Assert.True(html.Length > 1 << 20, $"{html.Length} characters");
            Assert.Contains("<p>60000 第60000段", html);
            Assert.EndsWith("<p>end</p>", html);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
