using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Support;
using Xunit.Abstractions;

namespace SiteGen.BrowserTests;

/// <summary>
/// How every page type looks: screenshots at 375 px and 1280 px in artifacts/screenshots/ (read them by
/// eye when templates or styles change), and Chinese rendered in a real Simplified Chinese font, asked
/// of Chromium itself (DevTools CSS.getPlatformFontsForNode: the fonts that drew the glyphs).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LookTests(BrowserSite site, ITestOutputHelper output)
{
    public static readonly int[] Widths = [375, 1280];

    [Fact]
    public async Task Given_each_page_type_When_shown_at_375_and_1280_px_Then_it_fits_the_screen_and_screenshots_are_kept_for_reading()
    {
        var problems = new List<string>();
        foreach (var type in PageTypes.Representatives(site.Pages))
            foreach (var width in Widths)
            {
                var page = await site.NewPageAsync(width, width < 600 ? 812 : 900);
                var response = await page.GotoAsync(site.Url(type.Url));
                Assert.Equal(200, response!.Status);
                var path = BrowserSite.ScreenshotPath($"{type.Name}-{width}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
                if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"))
                    problems.Add($"{type} at {width} px scrolls sideways");
                var cssLoaded = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor");
                if (cssLoaded is "rgba(0, 0, 0, 0)" or "transparent") problems.Add($"{type}: the stylesheet did not load");
                await page.Context.CloseAsync();
            }
        Problems.AssertNone(problems);
    }

    [Fact]
    public async Task Given_each_page_type_When_Chinese_text_is_drawn_Then_every_glyph_comes_from_a_Simplified_Chinese_sans_font()
    {
        var problems = new List<string>();
        foreach (var type in PageTypes.Representatives(site.Pages))
        {
            var page = await site.NewPageAsync(1280, 900);
            await page.GotoAsync(site.Url(type.Url));
            var cdp = await page.Context.NewCDPSessionAsync(page);
            await cdp.SendAsync("DOM.enable");
            await cdp.SendAsync("CSS.enable");
            // One element of each sort (tag, classes, inside plan text or not) that shows Chinese text of its own,
            // among those laid out (long lists skip laying out entries out of view: content-visibility: auto).
            var sorts = await page.EvaluateAsync<string[]>("""
                () => {
                  const han = /[\u4e00-\u9fff]/;
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  const seen = new Set();
                  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                    const e = t.parentElement;
                    if (!han.test(t.data) || !e.checkVisibility({ contentVisibilityAuto: true }) || e.hasAttribute('data-font-probe')) continue;
                    const sort = e.tagName.toLowerCase() + [...e.classList].map(c => '.' + c).join('') + (e.closest('.plan-text') ? ' (plan text)' : '');
                    if (seen.has(sort)) continue;
                    seen.add(sort);
                    e.setAttribute('data-font-probe', sort);
                  }
                  return [...seen];
                }
                """);
            var document = await cdp.SendAsync("DOM.getDocument", new Dictionary<string, object> { ["depth"] = 0 });
            var root = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
            var probes = await cdp.SendAsync("DOM.querySelectorAll", new Dictionary<string, object> { ["nodeId"] = root, ["selector"] = "[data-font-probe]" });
            var checkedNodes = 0;
            foreach (var element in probes!.Value.GetProperty("nodeIds").EnumerateArray().Select(n => n.GetInt32()))
            {
                var described = await cdp.SendAsync("DOM.describeNode", new Dictionary<string, object> { ["nodeId"] = element, ["depth"] = 1 });
                var selector = described!.Value.GetProperty("node").GetProperty("attributes").EnumerateArray().Select(a => a.GetString()!)
                    .SkipWhile(a => a != "data-font-probe").Skip(1).First();
                foreach (var child in described.Value.GetProperty("node").GetProperty("children").EnumerateArray())
                {
                    if (child.GetProperty("nodeType").GetInt32() != 3 || !child.GetProperty("nodeValue").GetString()!.Any(IsHan)) continue;
                    var pushed = await cdp.SendAsync("DOM.pushNodesByBackendIdsToFrontend", new Dictionary<string, object>
                        { ["backendNodeIds"] = new[] { child.GetProperty("backendNodeId").GetInt32() } });
                    var textNode = pushed!.Value.GetProperty("nodeIds")[0].GetInt32();
                    var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = textNode });
                    var used = fonts!.Value.GetProperty("fonts").EnumerateArray()
                        .Select(f => (Family: f.GetProperty("familyName").GetString()!, Glyphs: f.GetProperty("glyphCount").GetDouble())).ToList();
                    var cjk = used.Where(f => f.Family.Contains("CJK SC", StringComparison.Ordinal) || f.Family is "PingFang SC" or "Microsoft YaHei" or "Source Han Sans SC" or "Noto Sans SC").Sum(f => f.Glyphs);
                    var hanCount = child.GetProperty("nodeValue").GetString()!.Count(IsHan);
                    output.WriteLine($"{type} {selector}: {string.Join(", ", used.Select(f => $"{f.Family} ×{f.Glyphs}"))}");
                    if (cjk < hanCount) problems.Add($"{type} {selector}: {hanCount} Han characters but only {cjk} glyphs from a Simplified Chinese font ({string.Join(", ", used.Select(f => f.Family))})");
                    if (used.Any(f => f.Family.Contains("Serif", StringComparison.Ordinal) || f.Family.Contains("CJK JP", StringComparison.Ordinal) || f.Family.Contains("CJK KR", StringComparison.Ordinal)))
                        problems.Add($"{type} {selector}: drawn with {string.Join(", ", used.Select(f => f.Family))}");
                    checkedNodes++;
                    break;
                }
            }
            if ((type.Language == "zh" && sorts.Length < 3) || checkedNodes != sorts.Length)
                problems.Add($"{type}: checked {checkedNodes} Chinese text node(s) of {sorts.Length} picked ({string.Join(", ", sorts)})");
            var stack = await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily");
            if (!stack.Contains("\"Noto Sans CJK SC\"", StringComparison.Ordinal) || !stack.Contains("\"Microsoft YaHei\"", StringComparison.Ordinal) || !stack.Contains("\"PingFang SC\"", StringComparison.Ordinal))
                problems.Add($"{type}: the font stack does not name the Simplified Chinese fonts of each platform: {stack}");
            await page.Context.CloseAsync();
        }
        Problems.AssertNone(problems);
    }

    static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
