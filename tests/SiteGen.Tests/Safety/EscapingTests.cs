using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Markup;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// Content can never become markup: raw HTML in plan Markdown is printed as text, Markdown links are
/// not links, and every value a template writes is HTML-escaped, in text and in attributes alike (the
/// engine does it: see Templates/HtmlTemplateContext.cs). SafetyInBrowserTests proves the same in Chromium.
/// </summary>
public sealed class EscapingTests
{
    static readonly PlanMarkdown Markdown = new(new PlanRenderOptions("zh", new PlanRenderLabels("编者注：", "链接到此段", "表格")));

    static string Render(string markdown) => Markdown.Render(Markdown.Parse(markdown));

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("段落<img src=\"data:,\" onerror=\"alert(1)\">", "段落&lt;img src=&quot;data:,&quot; onerror=&quot;alert(1)&quot;&gt;")]
    [InlineData("<div onclick=\"alert(1)\">块</div>", "&lt;div onclick=&quot;alert(1)&quot;&gt;块&lt;/div&gt;")]
    [InlineData("<!-- 注释 -->", "&lt;!-- 注释 --&gt;")]
    public void Given_raw_HTML_in_plan_Markdown_When_rendered_Then_it_is_printed_as_text(string markdown, string expected)
    {
        var html = Render(markdown);
        Assert.Contains(expected, html);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.Body!.QuerySelectorAll("script, img, div, [onclick], [onerror]"));
        Assert.Equal(markdown, document.Body.TextContent.Trim());
    }

    [Theory]
    [InlineData("点此[链接](javascript:alert(1))")]
    [InlineData("点此<javascript:alert(1)>")]
    [InlineData("点此<https://example.com/>")]
    [InlineData("图![图](javascript:alert(1))")]
    public void Given_Markdown_link_syntax_in_a_plan_When_rendered_Then_no_link_or_image_is_made(string markdown)
    {
        var document = new HtmlParser().ParseDocument(Render(markdown));
        Assert.Empty(document.QuerySelectorAll("a, img"));
        Assert.Equal(markdown, document.Body!.TextContent.Trim());
    }

    [Fact]
    public void Given_markup_in_records_and_headings_When_the_site_is_built_Then_every_page_shows_it_as_text_in_text_and_attributes()
    {
        using var project = new ScratchProject();
        const string title = "昌吉市规划</title><script>alert('t')</script>\"' onmouseover='alert(1)' & <b>粗</b>";
        const string heading = "第二章 指导思想<i onclick=\"alert(2)\">斜</i> & 'q'";
        const string summary = "昌吉回族自治州首府<svg onload=alert(3)>";
        project.Edit("content/places/changji/eco-plan.yaml", y => y.Replace(
            "title: { zh: 昌吉市生态环境保护“十四五”规划,", "title: { zh: '" + title.Replace("'", "''", StringComparison.Ordinal) + "',", StringComparison.Ordinal));
        project.Edit("content/places/changji/eco-plan.md", md => md.Replace("## 第二章 指导思想、基本原则与主要目标", "## " + heading, StringComparison.Ordinal));
        project.Edit("content/places/changji/place.yaml", y => y.Replace("zh: 昌吉回族自治州首府，位于天山北坡。", "zh: " + summary, StringComparison.Ordinal));

        var output = new BuildPipeline(project.Paths, new BuildLog(TextWriter.Null, quiet: true)).Run(publishTo: null).Context.Output;
        var parser = new HtmlParser();

        var chapter = parser.ParseDocument(output.GetText("changji/eco-plan/ch2/index.html"));
        Assert.Equal(title, chapter.QuerySelector(".doc-title a")!.TextContent);
        Assert.Equal(title, chapter.QuerySelector("[data-cite-title]")!.GetAttribute("data-cite-title"));
        Assert.Equal(heading, chapter.QuerySelector(".plan-text h2")!.TextContent.TrimEnd('¶'));
        Assert.StartsWith(heading, chapter.Title);
        Assert.StartsWith(heading, chapter.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));

        var overview = parser.ParseDocument(output.GetText("changji/eco-plan/index.html"));
        Assert.Equal(title, overview.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(title, overview.Title);
        Assert.Equal(title, overview.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Contains(overview.QuerySelectorAll(".plan-toc a"), a => a.TextContent == heading);

        var place = parser.ParseDocument(output.GetText("changji/index.html"));
        Assert.Equal(summary, place.QuerySelector(".lead")!.TextContent);
        Assert.Equal(summary, place.QuerySelector("meta[name=description]")!.GetAttribute("content"));

        foreach (var page in new[] { chapter, overview, place })
        {
            Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json']), svg, i, b, [onclick], [onload], [onmouseover]"));
            Assert.All(page.QuerySelectorAll("script[type='application/ld+json']"), s => Assert.DoesNotContain("<", s.TextContent, StringComparison.Ordinal));
        }
    }
}
