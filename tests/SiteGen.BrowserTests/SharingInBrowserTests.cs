using Microsoft.Playwright;
using SiteGen.BrowserTests.Support;

namespace SiteGen.BrowserTests;

/// <summary>What a reader meets off the beaten path: a mistyped address, and a plan page printed on paper.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SharingInBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task Given_a_mistyped_deep_address_When_opened_Then_the_styled_404_page_answers_with_status_404_and_links_lead_to_the_places()
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(site.Url("/changji/eco-plan/no-such-chapter/"));
        Assert.Equal(404, response!.Status);
        Assert.Equal("找不到此页", await page.Locator("main h1").InnerTextAsync());
        Assert.Equal("noindex", await page.GetAttributeAsync("meta[name=robots]", "content"));
        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor"));
        var places = page.Locator("main li a");
        Assert.Equal(5, await places.CountAsync());
        await places.Nth(1).ClickAsync();
        await page.WaitForURLAsync("**/changji/");
        Assert.Equal("昌吉市", (await page.Locator("main h1").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Given_a_chapter_When_printed_Then_navigation_is_left_off_and_the_page_address_and_every_passage_anchor_are_printed()
    {
        var page = await site.NewPageAsync(800, 1100);
        await page.GotoAsync(site.Url(PageTypes.Preferred["chapter"]));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var hidden in new[] { ".site-header", ".breadcrumbs", ".pager", ".chapter-toc", ".skip-link" })
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} should not print");
        var address = page.Locator(".print-url");
        Assert.True(await address.IsVisibleAsync());
        Assert.EndsWith("https://plans.sitegen.example/changji/eco-plan/ch2/", (await address.InnerTextAsync()).Trim());
        var anchor = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('#ch2-s1-p1 .pilcrow'), '::after').content");
        Assert.Equal("\"#ch2-s1-p1\"", anchor);
        var planLink = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.doc-title a'), '::after').content");
        Assert.Contains("https://plans.sitegen.example/changji/eco-plan/", planLink);
        Assert.Equal("visible", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.table-wrap')).overflowX"));
        Assert.False(await page.EvaluateAsync<bool>("[...document.querySelectorAll('.table-wrap')].some(w => w.scrollWidth > w.clientWidth + 1)"),
            "a printed table must fit the page width, not hide behind a scroll box");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("chapter-zh-print.png"), FullPage = false });

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        Assert.False(await address.IsVisibleAsync(), "the printed address is for paper only");
    }

    [Fact]
    public async Task Given_a_plan_overview_When_printed_Then_its_record_links_and_editors_notes_show_their_addresses()
    {
        var page = await site.NewPageAsync(800, 1100);
        await page.GotoAsync(site.Url(PageTypes.Preferred["plan"]));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var printed = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('main a[href]')].filter(a => a.checkVisibility()).map(a => getComputedStyle(a, '::after').content)");
        var withAddress = printed.Count(c => c.Contains("https://plans.sitegen.example/", StringComparison.Ordinal));
        Assert.True(withAddress >= 3, $"only {withAddress} links print their address");
        Assert.Contains("https://plans.sitegen.example/wuhai/beautiful-wuhai/", await page.Locator(".citation").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("plan-zh-print.png"), FullPage = true });
    }
}
