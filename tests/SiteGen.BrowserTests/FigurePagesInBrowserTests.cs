using Microsoft.Playwright;
using SiteGen.BrowserTests.Support;

namespace SiteGen.BrowserTests;

/// <summary>The figures pages in Chromium: the targets filters keep their state in the URL, the matrix sorts, and without JS everything shows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FigurePagesInBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task Given_a_shared_targets_url_When_opened_Then_the_filters_apply_and_changing_one_updates_the_url()
    {
        var page = await site.NewPageAsync(1280, 900);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(site.Url("/targets/?place=zhenglan&year=2020"));
        await Assertions.Expect(page.Locator("#target-filters select[name=place]")).ToBeEnabledAsync();
        Assert.Equal("zhenglan", await page.Locator("select[name=place]").InputValueAsync());
        var visible = page.Locator("#targets-list .figure-entry:visible");
        var shown = await visible.CountAsync();
        Assert.True(shown > 20, $"{shown} Zhenglan 2020 targets shown");
        Assert.Equal(shown, await page.Locator("#targets-list .figure-entry[data-place=zhenglan][data-year='2020']:visible").CountAsync());
        await Assertions.Expect(page.Locator("#target-count")).ToContainTextAsync(shown.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await page.Locator("select[name=topic]").SelectOptionAsync("water");
        await page.WaitForURLAsync(url => url.Contains("topic=water", StringComparison.Ordinal));
        Assert.Contains("place=zhenglan", page.Url);
        var water = await visible.CountAsync();
        Assert.True(water > 0 && water < shown, $"{water} water targets of {shown}");
        Assert.Equal(water, await page.Locator("#targets-list .figure-entry[data-topic=water]:visible").CountAsync());

        await page.Locator("#target-filters button[type=reset]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains('?', StringComparison.Ordinal));
        Assert.Equal(await page.Locator("#targets-list .figure-entry").CountAsync(), await visible.CountAsync());
        Problems.AssertNone(errors);
    }

    [Fact]
    public async Task Given_the_matrix_When_a_place_column_is_sorted_Then_the_rows_follow_its_numbers_and_the_header_says_so()
    {
        var page = await site.NewPageAsync(1280, 900);
        await page.GotoAsync(site.Url("/indicators/"));
        var header = page.Locator("#matrix thead th").Nth(6); // Bayannur
        await header.Locator("button").ClickAsync();
        await Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", "ascending");
        var keys = await page.Locator("#matrix tbody tr td:nth-child(7)").EvaluateAllAsync<string[]>("cells => cells.map(c => c.getAttribute('data-sort-value'))");
        var numbers = keys.TakeWhile(k => k.Length > 0).Select(k => double.Parse(k, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(numbers.Count > 10);
        Assert.Equal(numbers.Order(), numbers);
        Assert.All(keys.Skip(numbers.Count), k => Assert.Equal("", k)); // places without a number last
        await header.Locator("button").ClickAsync();
        await Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", "descending");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("indicators-matrix.png") });
    }

    [Fact]
    public async Task Given_no_javascript_When_the_targets_page_opens_Then_every_target_shows_and_the_filters_stay_disabled()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/targets/?place=hohhot"));
        Assert.True(await page.Locator("#target-filters select[name=place]").IsDisabledAsync()); // a disabled fieldset disables its controls
        var all = await page.Locator("#targets-list .figure-entry").CountAsync();
        Assert.Equal(all, await page.Locator("#targets-list .figure-entry:visible").CountAsync());
        Assert.True(all > 300);
        await context.CloseAsync();
    }

    [Theory]
    [InlineData("/indicators/pm25/")]
    [InlineData("/en/indicators/forest-cover/")]
    [InlineData("/indicators/")]
    [InlineData("/hohhot/figures/")]
    public async Task Given_a_phone_When_a_figures_page_opens_Then_only_tables_and_the_chart_scroll_sideways(string path)
    {
        var page = await site.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        var response = await page.GotoAsync(site.Url(path));
        Assert.Equal(200, response!.Status);
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), $"{path} scrolls sideways on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("figures-phone" + path.Replace('/', '-').TrimEnd('-') + ".png") });
        Problems.AssertNone(errors);
    }
}
