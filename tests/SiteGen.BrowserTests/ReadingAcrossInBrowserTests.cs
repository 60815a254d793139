using Microsoft.Playwright;
using SiteGen.BrowserTests.Support;

namespace SiteGen.BrowserTests;

/// <summary>
/// Reading across plans in a real browser: term explanations on hover and on keyboard focus without
/// scripts, compare permalinks that show only their places without scripts, and place tabs on a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingAcrossInBrowserTests(BrowserSite site)
{
    async Task<IPage> PageWithoutScriptsAsync(int width, int height)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15000);
        return page;
    }

    [Fact]
    public async Task Given_a_term_in_plan_text_When_focused_by_keyboard_or_hovered_without_scripts_Then_its_explanation_shows()
    {
        var page = await PageWithoutScriptsAsync(1280, 900);
        await page.GotoAsync(site.Url("/hohhot/eco-plan/ch4/"));
        var terms = page.Locator(".plan-text .term");
        var first = terms.First;
        var tip = first.Locator(".term-tip");
        Assert.False(await tip.IsVisibleAsync(), "the explanation shows before anyone asks for it");

        await first.Locator("a.term-link").FocusAsync();
        await Assertions.Expect(tip).ToBeVisibleAsync();
        var described = await first.Locator("a.term-link").GetAttributeAsync("aria-describedby");
        Assert.Equal(described, await tip.GetAttributeAsync("id"));

        var second = terms.Nth(3);
        await second.Locator("a.term-link").HoverAsync();
        await Assertions.Expect(second.Locator(".term-tip")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("term-tip-hover.png") });
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"));
    }

    [Fact]
    public async Task Given_a_compare_permalink_When_opened_without_scripts_Then_only_its_places_stand_side_by_side()
    {
        var page = await PageWithoutScriptsAsync(1440, 900);
        await page.GotoAsync(site.Url("/compare/air/#changji-zhenglan"));
        var visible = await VisibleColumnsAsync(page);
        Assert.Equal(["col-changji", "col-zhenglan"], visible);
        await Assertions.Expect(page.Locator(".view-caption-changji-zhenglan")).ToBeVisibleAsync();
        var boxes = await page.Locator(".compare-col:visible").EvaluateAllAsync<double[]>("cols => cols.map(c => c.getBoundingClientRect().left)");
        Assert.True(boxes[1] > boxes[0] + 300, "the two places do not stand side by side");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("compare-permalink-no-js.png") });

        // The list of views picks another without scripts.
        await page.Locator(".compare-views summary").ClickAsync();
        await page.Locator(".compare-views a.view-hohhot-wuhai-bayannur").ClickAsync();
        Assert.Equal(["col-hohhot", "col-wuhai", "col-bayannur"], await VisibleColumnsAsync(page));
    }

    [Fact]
    public async Task Given_a_phone_When_a_compare_view_opens_Then_its_places_are_tabs_showing_one_column_at_a_time()
    {
        var page = await site.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(site.Url("/en/compare/water/#hohhot-bayannur"));
        var tabs = page.Locator(".compare-tabs [role=tab]:visible");
        Assert.Equal(["Hohhot", "Bayannur"], await tabs.EvaluateAllAsync<string[]>("tabs => tabs.map(t => t.firstChild.textContent.trim())"));
        Assert.Equal(["col-hohhot"], await VisibleColumnsAsync(page));
        await tabs.Nth(1).ClickAsync();
        Assert.Equal(["col-bayannur"], await VisibleColumnsAsync(page));
        Assert.EndsWith("#hohhot-bayannur", page.Url);
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the page scrolls sideways on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("compare-phone-tabs.png") });
        Problems.AssertNone(errors);
    }

    [Fact]
    public async Task Given_the_picker_When_places_and_a_topic_are_chosen_Then_it_goes_to_the_views_permalink()
    {
        var page = await site.NewPageAsync(1280, 900);
        await page.GotoAsync(site.Url("/compare/"));
        var form = page.Locator("form.compare-picker");
        await Assertions.Expect(form).ToBeVisibleAsync();
        foreach (var slug in new[] { "changji", "zhenglan", "bayannur" })
            await form.Locator($"input[value={slug}]").UncheckAsync();
        await form.Locator("select[name=topic]").SelectOptionAsync(new SelectOptionValue { Label = "土壤与地下水" });
        await form.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/compare/soil/#hohhot-wuhai");
        Assert.Equal(["col-hohhot", "col-wuhai"], await VisibleColumnsAsync(page));
        Assert.True(await page.Locator("input[value=hohhot]").IsCheckedAsync());
        Assert.False(await page.Locator("input[value=changji]").IsCheckedAsync());

        await page.Locator("input[value=wuhai]").UncheckAsync();
        await page.Locator("form.compare-picker button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".picker-message")).ToHaveTextAsync("请至少选择两个地方。");
    }

    static async Task<List<string>> VisibleColumnsAsync(IPage page) =>
        [.. await page.Locator(".compare-col:visible").EvaluateAllAsync<string[]>("cols => cols.map(c => c.id)")];
}
