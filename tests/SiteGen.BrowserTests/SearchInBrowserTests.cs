using Microsoft.Playwright;
using SiteGen.BrowserTests.Support;

namespace SiteGen.BrowserTests;

/// <summary>The search page in real Chromium: the built index, lunr.js from npm, search-core.js and search.js.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchInBrowserTests(BrowserSite site)
{
    static async Task<IPage> Open(BrowserSite site, string path, List<string> errors, int width = 390, int height = 844)
    {
        var page = await site.NewPageAsync(width, height);
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        var response = await page.GotoAsync(site.Url(path));
        Assert.Equal(200, response!.Status);
        // The index loads when there is a query (in the URL, or as the reader turns to the form); not before.
        var state = path.Contains("q=", StringComparison.Ordinal) ? "ready" : "idle";
        await page.Locator($"#search[data-state={state}]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>What the results list shows: per result, its link, its text, and the tags inside its snippet.</summary>
    const string ReadResults = """
        () => Array.from(document.querySelectorAll('.search-result')).map(li => ({
          href: li.querySelector('a').getAttribute('href'),
          url: li.querySelector('a').href,
          text: li.textContent,
          tags: Array.from(li.querySelectorAll('.result-snippet *, .result-where *')).map(e => e.tagName),
          marked: Array.from(li.querySelectorAll('mark')).map(m => m.textContent)
        }))
        """;

    sealed class Result
    {
        public string Href { get; set; } = "";
        public string Url { get; set; } = "";
        public string Text { get; set; } = "";
        public string[] Tags { get; set; } = [];
        public string[] Marked { get; set; } = [];
    }

    [Theory]
    [InlineData("PM2.5")]
    [InlineData("优良天数")]
    [InlineData("森林覆盖率")]
    [InlineData("98%")]
    [InlineData("河长制")]
    [InlineData("乌梁素海")]
    [InlineData("超低排放")]
    [InlineData("监管部门:市生态环境局")]
    public async Task Given_a_query_typed_on_a_phone_When_results_show_Then_each_holds_it_highlighted_and_links_to_its_paragraph(string query)
    {
        var errors = new List<string>();
        var page = await Open(site, "/search/", errors);
        await page.Locator("#search-q").PressSequentiallyAsync(query, new() { Delay = 20 });
        Assert.Equal(query, await page.InputValueAsync("#search-q"));
        // the URL follows the query as it is typed (and results are drawn right after)
        await page.WaitForFunctionAsync("q => new URLSearchParams(location.search).get('q') === q", query);
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("条结果");

        var results = await page.EvaluateAsync<Result[]>(ReadResults);
        Assert.NotEmpty(results);
        var folded = Fold(query);
        foreach (var r in results)
        {
            Assert.Contains(folded, Fold(r.Text));
            Assert.Contains(r.Marked, m => Fold(query).Contains(Fold(m)) || Fold(m).Contains(Fold(query)));
            Assert.All(r.Tags, t => Assert.Equal("MARK", t)); // text and <mark> only: plan text is never markup
            Assert.Matches(@"#[a-z0-9-]+$", r.Href);
        }

        // the first result opens its chapter at the paragraph (or table row) that holds the query
        await page.Locator(".search-result a").First.ClickAsync();
        await page.WaitForURLAsync(results[0].Url);
        var target = await page.EvaluateAsync<string?>("document.querySelector(':target') && document.querySelector(':target').textContent");
        Assert.NotNull(target);
        Assert.Contains(folded, Fold(target!));
        Problems.AssertNone(errors);
    }

    [Fact]
    public async Task Given_the_search_page_without_a_query_When_opened_Then_its_index_loads_only_once_the_reader_turns_to_the_box()
    {
        var errors = new List<string>();
        var page = await site.NewPageAsync(390, 844);
        var shards = new List<string>();
        page.Request += (_, r) => { if (new Uri(r.Url).AbsolutePath.EndsWith(".json", StringComparison.Ordinal)) shards.Add(r.Url); };
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(site.Url("/search/"));
        await page.Locator("#search[data-state=idle]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(shards);

        await page.Locator("#search-q").FocusAsync();
        await page.Locator("#search[data-state=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var expected = (await page.GetAttributeAsync("#search", "data-shards"))!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.Equal(expected, shards.Count);
        Assert.Equal(5, expected);
        Problems.AssertNone(errors);
    }

    [Fact]
    public async Task Given_a_query_in_the_URL_When_the_page_opens_on_a_phone_Then_results_show_with_count_filters_and_keyboard_moves()
    {
        var errors = new List<string>();
        var page = await Open(site, "/search/?q=PM2.5", errors);
        await Assertions.Expect(page.Locator("#search-form")).ToBeVisibleAsync();
        Assert.Equal("PM2.5", await page.InputValueAsync("#search-q"));
        var status = await page.Locator("#search-status").InnerTextAsync();
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(status, @"\d+").Value);
        Assert.Equal(count, await page.Locator(".search-result").CountAsync());
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the search page scrolls sideways on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("search-phone.png"), FullPage = false });

        // filter by place: fewer results, all of that place, and the URL says so
        await page.SelectOptionAsync("#search-place", "bayannur");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?q=PM2.5&place=bayannur$"));
        var places = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('.search-result')).map(li => li.dataset.place)");
        Assert.NotEmpty(places);
        Assert.True(places.Length < count);
        Assert.All(places, p => Assert.Equal("bayannur", p));

        // keyboard: ↓ into the results, ↓ to the next, ↑ ↑ back to the box
        await page.FocusAsync("#search-q");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(0, await page.EvaluateAsync<int>("Array.from(document.querySelectorAll('.search-result > a')).indexOf(document.activeElement)"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(1, await page.EvaluateAsync<int>("Array.from(document.querySelectorAll('.search-result > a')).indexOf(document.activeElement)"));
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-q", await page.EvaluateAsync<string>("document.activeElement.id"));
        Problems.AssertNone(errors);
    }

    [Fact]
    public async Task Given_a_query_nothing_holds_When_searched_Then_the_page_says_so_and_offers_help_and_browsing()
    {
        var errors = new List<string>();
        var page = await Open(site, "/en/search/?q=%E6%B2%B3%E9%95%BF%E5%88%B6%E6%B2%B3%E9%95%BF%E5%88%B6&kind=text", errors);
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("No passage contains “河长制河长制”.");
        Assert.Equal(0, await page.Locator(".search-result").CountAsync());
        await Assertions.Expect(page.Locator("#search-help")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#search-help-filters")).ToBeVisibleAsync();
        Assert.True(await page.Locator("#search-help .search-browse a").CountAsync() >= 5);
        await page.ClickAsync("#search-clear");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/en/search/\?q=[^&]+$"));
        Problems.AssertNone(errors);
    }

    [Fact]
    public async Task Given_the_search_box_of_a_chapter_page_When_a_query_is_submitted_Then_the_search_page_shows_its_results()
    {
        var errors = new List<string>();
        var page = await site.NewPageAsync();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(site.Url("/en/bayannur/eco-plan/"));
        await page.FillAsync("header .site-search input[name=q]", "乌梁素海");
        await page.PressAsync("header .site-search input[name=q]", "Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/en/search/\?q=%E4%B9%8C%E6%A2%81%E7%B4%A0%E6%B5%B7$"));
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("results");
        Assert.True(await page.Locator(".search-result").CountAsync() > 0);
        Problems.AssertNone(errors);
    }

    [Fact]
    public async Task Given_JavaScript_is_off_When_the_header_box_is_used_Then_it_lands_on_the_search_page_which_says_so_and_offers_browsing()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/hohhot/"));
        await page.FillAsync("header .site-search input[name=q]", "河长制");
        await page.PressAsync("header .site-search input[name=q]", "Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/search/\?q=%E6%B2%B3%E9%95%BF%E5%88%B6$"));
        await Assertions.Expect(page.Locator(".search-noscript")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#search-form")).ToBeHiddenAsync(); // a form that cannot search is not offered
        await Assertions.Expect(page.Locator(".search-noscript")).ToContainTextAsync("搜索需要浏览器启用 JavaScript");
        Assert.True(await page.Locator(".search-noscript a").CountAsync() >= 8);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.ScreenshotPath("search-no-js-phone.png") });
        await context.CloseAsync();
    }

    /// <summary>The fold of search-core.js and SearchTokenizer: full-width forms to ASCII, A-Z to lower case.</summary>
    static string Fold(string s) => SiteGen.Search.SearchTokenizer.Fold(s);
}
