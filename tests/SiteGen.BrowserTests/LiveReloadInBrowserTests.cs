using System.Net;
using SiteGen.Build;
using SiteGen.BrowserTests.Support;
using SiteGen.Serve;

namespace SiteGen.BrowserTests;

/// <summary>
/// Under `sitegen serve`, an open page reloads by itself after an edit, shows a build error when an edit
/// breaks the build, and the live-reload script breaks no rule of the Content-Security-Policy.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadInBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task Given_an_open_page_under_serve_When_its_text_is_edited_Then_it_reloads_with_the_new_text_and_no_CSP_violation()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-live-").FullName;
        try
        {
            foreach (var part in new[] { "content", "templates" }) CopyTree(Path.Combine(BrowserSite.Root, part), Path.Combine(root, part));
            var paths = new ProjectPaths(root);
            SiteGen.Bench.SyntheticCorpus.CopyTools(new ProjectPaths(BrowserSite.Root), paths);
            await using var dev = await DevServer.StartAsync(paths, Path.Combine(root, "site-output"), IPAddress.Loopback, 0, TextWriter.Null);
            var page = await site.NewPageAsync(1280, 900);
            var problems = new List<string>();
            page.Console += (_, m) => { if (m.Type == "error") problems.Add(m.Text); };
            page.PageError += (_, e) => problems.Add(e);
            await page.GotoAsync(new Uri(dev.Address, "wuhai/beautiful-wuhai/part1/").ToString());
            await Listening(dev);
            var connected = await page.EvaluateAsync<bool>("[...document.scripts].some(s => s.src.endsWith('/_sitegen/livereload.js'))");
            Assert.True(connected);

            var file = Path.Combine(paths.Places, "wuhai", "beautiful-wuhai.md");
            await page.EvaluateAsync("window.beforeTheEdit = true");
            File.WriteAllText(file, File.ReadAllText(file).Replace("## 一、总体要求", "## 一、总体要求（修订稿）", StringComparison.Ordinal));
            await Microsoft.Playwright.Assertions.Expect(page.Locator(".plan-text h2").First).ToContainTextAsync("总体要求（修订稿）", new() { Timeout = 30000 });
            Assert.False(await page.EvaluateAsync<bool>("window.beforeTheEdit === true"), "the page should have reloaded");
            await Listening(dev);

            File.WriteAllText(file, File.ReadAllText(file).Replace("---\nplan:", "--\nplan:", StringComparison.Ordinal));
            var banner = page.Locator(".sitegen-build-error");
            await Microsoft.Playwright.Assertions.Expect(banner).ToContainTextAsync("content/places/wuhai/beautiful-wuhai.md:1", new() { Timeout = 30000 });
            Problems.AssertNone(problems);
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Waits until the open page listens to the live-reload event stream.</summary>
    static async Task Listening(DevServer dev)
    {
        for (var i = 0; i < 300 && dev.LiveReload.Clients == 0; i++) await Task.Delay(100);
        Assert.True(dev.LiveReload.Clients > 0, "the page did not connect to /_sitegen/events");
    }

    static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
