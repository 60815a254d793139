using Microsoft.Playwright;
using SiteGen.BrowserTests.Support;

namespace SiteGen.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PlanPagesInBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task Given_a_phone_When_a_chapter_opens_Then_it_shows_Chinese_text_without_sideways_scrolling()
    {
        var page = await site.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        var response = await page.GotoAsync(site.Url("/changji/eco-plan/ch2/"));
        Assert.Equal(200, response!.Status);
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("第二章 指导思想、基本原则与主要目标", (await page.Locator(".plan-text h2").First.InnerTextAsync()).Replace("¶", "").Trim());
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page scrolls sideways on a phone; only tables may");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("chapter-phone.png"), FullPage = false });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Given_a_paragraph_link_When_opened_Then_the_paragraph_is_the_target_and_its_citation_can_be_copied()
    {
        var page = await site.NewPageAsync(1280, 900);
        await page.GotoAsync(site.Url("/wuhai/beautiful-wuhai/part1/#part1-s3-p1"));
        Assert.Equal("part1-s3-p1", await page.EvaluateAsync<string>("document.querySelector(':target').id"));
        await page.Locator("#part1-s3-p1 .pilcrow").FocusAsync();
        var button = page.Locator("#part1-s3-p1 .cite-button");
        await button.WaitForAsync();
        Assert.Equal("复制引用", await button.InnerTextAsync());
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await button.ClickAsync();
        await Assertions.Expect(button).ToHaveTextAsync("已复制");
        var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.StartsWith("乌海市生态环境局：《“美丽乌海”生态环境提质实施方案（征求意见稿）》，一、总体要求 › (三)主要目标。", copied);
        Assert.EndsWith("/wuhai/beautiful-wuhai/part1/#part1-s3-p1", copied);
    }
}
