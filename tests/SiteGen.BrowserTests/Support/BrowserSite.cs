using Microsoft.Playwright;
using SiteGen.Build;
using SiteGen.Pages;
using SiteGen.Serve;

namespace SiteGen.BrowserTests.Support;

/// <summary>
/// The real site, built into a temp folder, served on 127.0.0.1 by <see cref="StaticSiteServer"/>, and
/// a real Chromium: Debian's /usr/bin/chromium (or $CHROMIUM_BIN) driven by Playwright. If Chromium is
/// missing the tests fail with instructions; they never skip.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-quic", "--disable-sync",
    ];

    IPlaywright? playwright;
    StaticSiteServer? server;
    string? dir;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress => server!.Address;
    /// <summary>The built site folder (what the server serves).</summary>
    public string SiteDirectory => Path.Combine(dir!, "site");
    /// <summary>Every page of the built site, with its kind (home, place, plan, chapter, not-found…).</summary>
    public IReadOnlyList<SitePage> Pages { get; private set; } = [];
    public static string Root { get; } = FindRoot();

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("CHROMIUM_BIN") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
            throw new InvalidOperationException($"Chromium not found at {executable}. Install Debian's chromium and fonts-noto-cjk " +
                "(./test.sh does), or set CHROMIUM_BIN. Browser tests never skip.");
        dir = Directory.CreateTempSubdirectory("sitegen-browser-").FullName;
        var paths = new ProjectPaths(Root);
        Pages = new BuildPipeline(paths, new BuildLog(TextWriter.Null, quiet: true)).Run(Path.Combine(dir, "site")).Context.Pages;
        server = await StaticSiteServer.StartAsync(Path.Combine(dir, "site"));
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page at the given viewport (default: a phone, 390×844).</summary>
    /// <param name="bypassCsp">Ignore the pages' Content-Security-Policy, to test what escaping alone prevents.</param>
    public async Task<IPage> NewPageAsync(int width = 390, int height = 844, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = 1,
            BypassCSP = bypassCsp,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15000);
        return page;
    }

    public string Url(string path) => Url(BaseAddress, path);

    public static string Url(Uri baseAddress, string path) => new Uri(baseAddress, path.TrimStart('/')).ToString();

    /// <summary>Where screenshots go, for reading by eye: artifacts/screenshots/ (not committed).</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
        if (dir is not null) try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "SiteGen.sln"))) return d.FullName;
        throw new InvalidOperationException("SiteGen.sln not found");
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
