using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Support;
using Xunit.Abstractions;

namespace SiteGen.BrowserTests;

/// <summary>
/// Accessibility of every page type: axe-core on every page of the site, full keyboard use with a skip
/// link and visible focus, and tables that scroll sideways on a phone inside their own box.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site, ITestOutputHelper output)
{
    const int Phone = 375;

    [Fact]
    public async Task Given_every_page_of_the_site_on_a_phone_When_axe_checks_it_Then_it_has_no_violations_no_sideways_scrolling_and_no_CSP_violation()
    {
        var page = await site.NewPageAsync(Phone, 812);
        await page.Context.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
            """);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        var problems = new List<string>();
        var byKind = new SortedDictionary<string, (int Pages, int Violations)>(StringComparer.Ordinal);
        foreach (var sitePage in site.Pages)
        {
            errors.Clear();
            var response = await page.GotoAsync(site.Url(sitePage.Url));
            if (response is null || response.Status != 200) { problems.Add($"{sitePage.Url}: HTTP {response?.Status}"); continue; }
            var violations = await Axe.RunAsync(page);
            problems.AddRange(violations.Select(v => $"{sitePage.Url}: {v}"));
            if (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"))
                problems.Add($"{sitePage.Url}: the page scrolls sideways at {Phone} px (only tables may, inside their box)");
            var csp = await page.EvaluateAsync<string[]>("window.__cspViolations");
            problems.AddRange(csp.Select(c => $"{sitePage.Url}: Content-Security-Policy violation: {c}"));
            problems.AddRange(errors.Select(e => $"{sitePage.Url}: console error: {e}"));
            var (pages, count) = byKind.GetValueOrDefault(sitePage.Kind);
            byKind[sitePage.Kind] = (pages + 1, count + violations.Count);
        }
        var figures = byKind.Select(k => $"{k.Key,-10} {k.Value.Pages,4} page(s)  axe violations: {k.Value.Violations}").ToList();
        output.WriteLine("axe-core 4.14.1, default rules, Chromium at 375 px, every page of the site:");
        foreach (var line in figures) output.WriteLine("  " + line);
        Support.Figures.Write("axe", figures);
        Assert.True(site.Pages.Count > 0);
        Problems.AssertNone(problems);
    }

    [Fact]
    public async Task Given_each_page_type_When_used_with_the_keyboard_only_Then_the_skip_link_comes_first_every_control_is_reached_and_focus_is_visible()
    {
        var problems = new List<string>();
        foreach (var type in PageTypes.Representatives(site.Pages))
        {
            var page = await site.NewPageAsync(1280, 900);
            await page.GotoAsync(site.Url(type.Url));
            await page.EvaluateAsync(KeyboardProbe);

            await page.Keyboard.PressAsync("Tab");
            var first = await page.EvaluateAsync<JsonElement>("window.__focusState()");
            if (first.GetProperty("what").GetString() != "a.skip-link") problems.Add($"{type}: the first Tab stop is {first.GetProperty("what")}, not the skip link");
            if (!first.GetProperty("visible").GetBoolean() || !first.GetProperty("inView").GetBoolean())
                problems.Add($"{type}: the skip link does not show when focused");
            await page.Keyboard.PressAsync("Enter");
            if (await page.EvaluateAsync<string>("document.activeElement.id") != "main")
                problems.Add($"{type}: the skip link does not move focus to the main content");

            await page.Context.CloseAsync();

            page = await site.NewPageAsync(1280, 900);
            await page.GotoAsync(site.Url(type.Url));
            await page.EvaluateAsync(KeyboardProbe);
            var stops = await page.EvaluateAsync<int>("window.__focusables().length");
            var seen = 0;
            for (var step = 0; step < stops * 2 + 20; step++)
            {
                await page.Keyboard.PressAsync("Tab");
                var state = await page.EvaluateAsync<JsonElement>("window.__focusState()");
                var what = state.GetProperty("what").GetString()!;
                if (what == "body" || (step > 0 && what == "a.skip-link")) break;
                seen++;
                if (!state.GetProperty("ring").GetBoolean()) problems.Add($"{type}: no visible focus indicator on {what}");
                if (!state.GetProperty("visible").GetBoolean() || !state.GetProperty("inView").GetBoolean())
                    problems.Add($"{type}: {what} has focus but cannot be seen");
            }
            var missed = await page.EvaluateAsync<string[]>("window.__missed()");
            problems.AddRange(missed.Select(m => $"{type}: {m} cannot be reached with Tab"));
            output.WriteLine($"{type}: {seen} tab stops, {missed.Length} control(s) not reached");
            if (seen == 0) problems.Add($"{type}: Tab never left the skip link");
            await page.Context.CloseAsync();
        }
        Problems.AssertNone(problems);
    }

    [Fact]
    public async Task Given_a_wide_table_on_a_phone_When_its_box_is_focused_and_arrowed_Then_the_table_scrolls_sideways_and_the_page_does_not()
    {
        var page = await site.NewPageAsync(Phone, 812);
        await page.GotoAsync(site.Url(PageTypes.Preferred["chapter"]));
        var index = await page.EvaluateAsync<int>("[...document.querySelectorAll('.table-wrap')].findIndex(w => w.querySelector('table') && w.scrollWidth > w.clientWidth + 20)");
        Assert.True(index >= 0, "the representative chapter should hold a table wider than a phone");
        var box = page.Locator(".table-wrap").Nth(index);
        Assert.False(string.IsNullOrWhiteSpace(await box.EvaluateAsync<string>("w => w.getAttribute('aria-labelledby') ? document.getElementById(w.getAttribute('aria-labelledby')).textContent : w.getAttribute('aria-label')")),
            "a scrolling table box needs an accessible name (its caption)");
        Assert.Equal("region", await box.GetAttributeAsync("role"));
        await box.FocusAsync();
        for (var i = 0; i < 5; i++) await page.Keyboard.PressAsync("ArrowRight");
        // Chromium scrolls smoothly: the box may still be on its way when the last key is up.
        var scrolled = await page.WaitForFunctionAsync("i => document.querySelectorAll('.table-wrap')[i].scrollLeft > 0", index,
            new() { Timeout = 5000 }).ContinueWith(t => t.IsCompletedSuccessfully);
        Assert.True(scrolled, "arrow keys should scroll the focused table box");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the page itself scrolls sideways");
        var right = await box.EvaluateAsync<double>("w => w.getBoundingClientRect().right");
        Assert.True(right <= Phone, $"the table box ends at {right} px, outside a {Phone} px screen");
        await box.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("table-phone-375.png") });
    }

    /// <summary>Page-side helpers: what has focus and whether it shows, and which controls Tab never reached.</summary>
    const string KeyboardProbe = """
        () => {
          const selector = 'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';
          const describe = e => e === document.body || !e ? 'body'
            : e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '')
              + (e.id || e.classList.length ? '' : ' "' + (e.textContent || '').trim().slice(0, 30) + '"');
          window.__focusables = () => [...document.querySelectorAll(selector)].filter(e => e.checkVisibility() && !e.closest('[inert]'));
          const initial = window.__focusables();
          const reached = new Set();
          window.__missed = () => initial.filter(e => !reached.has(e) && e.isConnected).map(describe);
          window.__focusState = () => {
            const e = document.activeElement;
            if (!e || e === document.body) return { what: 'body', ring: false, visible: false, inView: false };
            reached.add(e);
            e.getAnimations().forEach(a => a.finish());
            const s = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            let opacity = 1;
            for (let n = e; n; n = n.parentElement) opacity *= parseFloat(getComputedStyle(n).opacity);
            const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none');
            return { what: describe(e), ring, visible: r.width > 0 && r.height > 0 && opacity > 0.9,
              inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth };
          };
        }
        """;
}
