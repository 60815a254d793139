using Microsoft.Playwright;
using SiteGen.BrowserTests.Support;
using Xunit.Abstractions;

namespace SiteGen.BrowserTests;

/// <summary>
/// Nothing moves under the reader's eyes while a page loads on a phone. On a slow network the page is
/// drawn before its scripts arrive; whatever a script shows or hides must already have its place in
/// that first drawing. The test holds every script back until the page has been drawn, then sums the
/// layout shifts Chromium reports (the Cumulative Layout Shift that Lighthouse scores).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StableLayoutInBrowserTests(BrowserSite site, ITestOutputHelper output)
{
    /// <summary>"Good" for Core Web Vitals is 0.1; a page that shifts at all on load has a cause to fix.</summary>
    const double MaxShift = 0.01;

    [Fact]
    public async Task Given_each_page_type_on_a_phone_When_its_scripts_arrive_after_the_first_paint_Then_nothing_on_it_shifts()
    {
        var problems = new List<string>();
        foreach (var type in PageTypes.Representatives(site.Pages))
        {
            var page = await site.NewPageAsync(375, 812);
            var firstPaint = new TaskCompletionSource();
            await page.RouteAsync("**/*.js", async route =>
            {
                await Task.WhenAny(firstPaint.Task, Task.Delay(5000));
                await route.ContinueAsync();
            });
            await page.GotoAsync(site.Url(type.Url), new() { WaitUntil = WaitUntilState.Commit });
            await page.WaitForFunctionAsync("() => performance.getEntriesByName('first-contentful-paint').length > 0");
            firstPaint.TrySetResult();
            await page.WaitForLoadStateAsync(LoadState.Load);
            var shifts = await page.EvaluateAsync<Shift[]>(ReadShifts);
            var total = shifts.Sum(s => s.Value);
            output.WriteLine($"{type}: layout shift {total:0.000}" + (shifts.Length > 0 ? $" ({string.Join("; ", shifts.Select(s => $"{s.Value:0.000} {string.Join(", ", s.Nodes)}"))})" : ""));
            if (total > MaxShift)
                problems.Add($"{type}: layout shift {total:0.000} once its scripts ran; moved: {string.Join(", ", shifts.SelectMany(s => s.Nodes).Distinct())}");
            await page.Context.CloseAsync();
        }
        Problems.AssertNone(problems);
    }

    sealed class Shift
    {
        public double Value { get; set; }
        public string[] Nodes { get; set; } = [];
    }

    /// <summary>Every layout shift of the page so far (buffered), with the elements that moved.</summary>
    const string ReadShifts = """
        () => new Promise(resolve => {
          const describe = n => n && n.nodeType === 1
            ? n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + (n.classList.length ? '.' + [...n.classList].join('.') : '')
            : '(text)';
          const shifts = [];
          new PerformanceObserver(list => {
            for (const e of list.getEntries())
              if (!e.hadRecentInput) shifts.push({ value: e.value, nodes: e.sources.map(s => describe(s.node)) });
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(shifts), 500);
        })
        """;
}
