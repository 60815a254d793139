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
        Problems.AssertNone(errors);
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

    [Fact]
    public async Task Given_a_wide_screen_When_a_task_list_of_six_columns_shows_Then_every_column_is_in_view_and_a_box_of_prose_keeps_the_measure()
    {
        var page = await site.NewPageAsync(1280, 900);
        await page.GotoAsync(site.Url("/zhenglan/air-2020/annex/"));
        var list = page.Locator(".plan-text > .table-wrap").First;
        Assert.Equal(6, await list.EvaluateAsync<int>("w => w.querySelector('thead tr').children.length"));
        // the box shows the whole table: it does not scroll sideways, and the page's text stays in its measure
        Assert.True(await list.EvaluateAsync<bool>("w => w.scrollWidth <= w.clientWidth + 1"), "the task list's box scrolls sideways at 1280 px");
        var (table, text) = (await list.BoundingBoxAsync(), await page.Locator(".plan-text > h2").First.BoundingBoxAsync());
        Assert.True(table!.Width > text!.Width * 1.3, $"the task list is {table.Width} px wide, the text {text.Width} px");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the page scrolls sideways");

        await page.GotoAsync(site.Url("/bayannur/eco-plan/ch8/"));
        var box = page.Locator(".plan-text > .table-wrap:has(table.box)").First;
        var paragraph = await page.Locator(".plan-text > p").First.BoundingBoxAsync();
        Assert.True((await box.BoundingBoxAsync())!.Width <= paragraph!.Width + 1, "a box of two columns of prose should keep the reading measure");
    }
}
