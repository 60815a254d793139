using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.Build;
using SiteGen.BrowserTests.Support;
using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.BrowserTests;

/// <summary>
/// Cross-site scripting probes, in Chromium. Content is an attack surface: plan texts are copied from
/// web pages, and records are typed by hand. Probes are planted in a scratch copy of the content (a
/// heading, a paragraph, a quotation, a table cell, an editor's note, Markdown links, a plan's title
/// and issuer, a place's summary, a glossary entry and its English), the site is built and
/// served, and each page is opened twice: once with the Content-Security-Policy bypassed, which proves
/// that escaping alone keeps every probe inert, and once with it, which must report no violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SafetyInBrowserTests(BrowserSite site)
{
    /// <summary>Every probe calls xssProbe('name'); a page records the calls, so a probe that runs is seen.</summary>
    const string RecordProbes = "window.xssProbes = []; window.xssProbe = name => window.xssProbes.push(name);";

    /// <summary>Markup a probe would leave in the page if it were not escaped.</summary>
    const string InjectedMarkup = """
        () => [...document.querySelectorAll('[data-xss], [onerror], [onload], [onfocus], [onmouseover], a[href^="javascript:" i], ' +
               'script:not([src]):not([type="application/ld+json"]), iframe, object, embed')].map(e => e.outerHTML.slice(0, 120))
        """;

    static string Probe(string name) => $"<img data-xss src=\"data:,\" onerror=\"xssProbe('{name}')\">";

    [Fact]
    public async Task Given_script_probes_planted_in_content_When_the_built_pages_are_opened_Then_no_probe_runs_and_each_shows_as_text()
    {
        using var scratch = new ScratchProject();
        const string plan = "content/places/changji/eco-plan.md";
        scratch.Edit(plan, md => md
            .Replace("## 第二章 指导思想、基本原则与主要目标", "## 第二章 指导思想、基本原则与主要目标<script>xssProbe('heading')</script>")
            .Replace("### 第一节 指导思想\n", "### 第一节 指导思想\n\n探针段落" + Probe("paragraph") + "\n\n" +
                "引文“</p><svg data-xss onload=\"xssProbe('quote')\">”与\"' autofocus onfocus=\"xssProbe('quote-attribute')\" x='\n\n" +
                "链接[点此](javascript:xssProbe('link'))与<javascript:xssProbe('autolink')>\n")
            .Replace("| 49μg/m3 |", "| 49μg/m3" + Probe("cell") + " |")
            .Replace("原文称6项，表中此类下列出8项指标。", "原文称6项<script>xssProbe('note')</script>")
            .Replace("The source says 6 indicators; the table lists 8 under this heading.", "The source says 6" + Probe("note-en")));
        scratch.Edit("content/places/changji/eco-plan.yaml", yaml => yaml
            .Replace("title: { zh: 昌吉市生态环境保护“十四五”规划, en: \"Changji 14th Five-Year Plan for Ecological and Environmental Protection\" }",
                "title:\n  zh: '昌吉市生态环境保护“十四五”规划</script><script>xssProbe(''title'')</script>\"><img data-xss src=data:, onerror=xssProbe(''title-attribute'')>'\n" +
                "  en: 'Changji plan</title><script>xssProbe(''title-en'')</script>'")
            .Replace("issuer: { zh: 昌吉市人民政府办公室,", "issuer: { zh: '昌吉市人民政府办公室\" onmouseover=\"xssProbe(''issuer'')',"));
        scratch.Edit("content/places/changji/place.yaml", yaml => yaml
            .Replace("zh: 昌吉回族自治州首府，位于天山北坡。", "zh: 昌吉回族自治州首府，位于天山北坡。<svg data-xss onload=xssProbe('place')>"));
        scratch.Edit("content/glossary.yaml", yaml => yaml
            .Replace("水生态修复。\n", "水生态修复。<script>xssProbe('glossary')</script>\n")
            .Replace("restoring it.\n", "restoring it.\" onmouseover=\"xssProbe('glossary-en')\"\n"));
        string[] planted = ["heading", "paragraph", "quote", "quote-attribute", "link", "autolink", "cell", "note", "note-en",
            "title", "title-attribute", "title-en", "issuer", "place", "glossary", "glossary-en"];

        var output = Path.Combine(scratch.Root, "site");
        new BuildPipeline(scratch.Paths, new BuildLog(TextWriter.Null, quiet: true)).Run(output);
        await using var server = await StaticSiteServer.StartAsync(output);
        string[] pages = ["/changji/eco-plan/ch2/", "/changji/eco-plan/", "/changji/", "/", "/glossary/",
            "/en/changji/eco-plan/ch2/", "/en/changji/eco-plan/", "/en/", "/en/glossary/"];

        var problems = new List<string>();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in pages)
        {
            var url = BrowserSite.Url(server.Address, path);
            foreach (var bypassCsp in new[] { true, false })
            {
                var page = await site.NewPageAsync(1280, 900, bypassCsp);
                var (ran, markup, violations, text) = await OpenAsync(page, url);
                problems.AddRange(ran.Select(p => $"{path}: probe '{p}' ran{(bypassCsp ? " (CSP bypassed)" : "")}"));
                problems.AddRange(markup.Select(m => $"{path}: injected markup {m}"));
                if (!bypassCsp) problems.AddRange(violations.Select(v => $"{path}: CSP violation {v}"));
                var jsonLd = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => { try { JSON.parse(s.textContent); return ''; } catch (e) { return String(e); } }).filter(Boolean)");
                problems.AddRange(jsonLd.Select(e => $"{path}: JSON-LD does not parse: {e}"));
                foreach (var name in planted) if (text.Contains($"xssProbe('{name}')", StringComparison.Ordinal)) shown.Add(name);
                await page.Context.CloseAsync();
            }
        }
        Problems.AssertNone(problems);
        Assert.Equal(planted.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Given_each_page_type_When_opened_with_a_script_in_its_query_and_fragment_Then_nothing_runs()
    {
        // A search page reads ?q=: once it exists, it is one of the page types and gets this probe too.
        var problems = new List<string>();
        var types = PageTypes.Representatives(site.Pages);
        foreach (var type in types)
        {
            var page = await site.NewPageAsync(1280, 900, bypassCsp: true);
            var url = site.Url(type.Url) + "?q=" + Uri.EscapeDataString(Probe("query") + "\"'><script>xssProbe('query-script')</script>") +
                      "#" + Uri.EscapeDataString(Probe("fragment"));
            var (ran, markup, _, _) = await OpenAsync(page, url);
            problems.AddRange(ran.Select(p => $"{type}: probe '{p}' ran"));
            problems.AddRange(markup.Select(m => $"{type}: injected markup {m}"));
            await page.Context.CloseAsync();
        }
        Assert.NotEmpty(types);
        Problems.AssertNone(problems);
    }

    /// <summary>Opens a page, lets its scripts run and the reader tab and hover around, and reports what the probes did.</summary>
    static async Task<(string[] Ran, string[] Markup, string[] Violations, string Text)> OpenAsync(IPage page, string url)
    {
        await page.Context.AddInitScriptAsync(RecordProbes + """
            window.cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + (e.sample || e.blockedURI)));
            """);
        var response = await page.GotoAsync(url);
        Assert.True(response is { Status: 200 }, $"{url}: HTTP {response?.Status}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        for (var i = 0; i < 5; i++) await page.Keyboard.PressAsync("Tab");
        await page.EvaluateAsync("() => document.querySelectorAll('[data-cite-issuer], .plan-text [id]').forEach(e => e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })))");
        var ran = await page.EvaluateAsync<string[]>("window.xssProbes");
        var markup = await page.EvaluateAsync<string[]>(InjectedMarkup);
        var violations = await page.EvaluateAsync<string[]>("window.cspViolations");
        var text = await page.EvaluateAsync<string>("document.title + '\\n' + document.body.innerText");
        return (ran, markup, violations, text);
    }
}
