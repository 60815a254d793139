using System.Net;
using SiteGen.Build;
using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>
/// `sitegen serve`: builds, serves with live reload (a script file, injected only into what it serves),
/// rebuilds only what an edit touches, tells the open pages to reload, and keeps the last good site
/// when an edit breaks the build.
/// </summary>
public sealed class DevServerTests
{
    static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Given_serve_When_a_paragraph_is_edited_Then_only_its_pages_are_rebuilt_and_the_page_reloads()
    {
        using var project = new ScratchProject();
        var target = project.PathOf("site-output");
        await using var dev = await DevServer.StartAsync(project.Paths, target, IPAddress.Loopback, 0, TextWriter.Null);
        Assert.True(dev.First.Ok);
        using var http = new HttpClient { BaseAddress = dev.Address };

        var home = await http.GetStringAsync("/");
        Assert.Contains($"<script src=\"{LiveReload.ScriptPath}\" defer></script>", home);
        Assert.DoesNotContain("_sitegen", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.DoesNotContain(Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("_sitegen", StringComparison.Ordinal));
        var script = await http.GetAsync(LiveReload.ScriptPath);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);

        using var events = new StreamReader(await http.GetStreamAsync(LiveReload.EventsPath));
        Assert.Equal("retry: 1000", await events.ReadLineAsync().WaitAsync(Wait));

        var rebuilt = dev.NextRebuild();
        // The end of the first paragraph under 1.生态保护建设成果丰硕 (figures quote inside paragraphs; an ending keeps every quote).
        project.Edit("content/places/hohhot/eco-plan.md", t =>
        {
            var heading = t.IndexOf("#### 1.生态保护建设成果丰硕\n\n", StringComparison.Ordinal) + "#### 1.生态保护建设成果丰硕\n\n".Length;
            var end = t.IndexOf('\n', heading);
            return t[..end] + "（已修订）" + t[end..];
        });
        var outcome = await rebuilt.WaitAsync(Wait);
        Assert.True(outcome.Ok, outcome.Error?.Describe());
        Assert.Equal(1, outcome.PlansRendered);
        // The pages that show the edited section: its chapter page in both languages, and the topic and
        // compare pages of the section's topics; not the other chapters, plans or places.
        Assert.InRange(outcome.PagesRendered, 2, outcome.Pages / 10);
        Assert.Equal("event: reload", await NextEvent(events));

        var chapter = SiteGen.Output.SiteUrls.FileOf("/hohhot/eco-plan/ch1/");
        Assert.Contains("（已修订）", File.ReadAllText(Path.Combine(target, chapter)));
        Assert.Contains("（已修订）", await http.GetStringAsync("/hohhot/eco-plan/ch1/"));
    }

    [Fact]
    public async Task Given_serve_When_an_edit_breaks_the_build_Then_the_error_reaches_the_page_and_the_site_is_kept()
    {
        using var project = new ScratchProject();
        var target = project.PathOf("site-output");
        var log = new StringWriter();
        await using var dev = await DevServer.StartAsync(project.Paths, target, IPAddress.Loopback, 0, TextWriter.Synchronized(log));
        using var http = new HttpClient { BaseAddress = dev.Address };
        using var events = new StreamReader(await http.GetStreamAsync(LiveReload.EventsPath));
        await events.ReadLineAsync().WaitAsync(Wait);
        var before = Snapshot(target);

        var rebuilt = dev.NextRebuild();
        project.Edit("content/places/wuhai/place.yaml", t => t.Replace("name: { zh: 乌海市, en: Wuhai }", "name: { zh: 乌海市, en: Wuhai", StringComparison.Ordinal));
        var outcome = await rebuilt.WaitAsync(Wait);
        Assert.False(outcome.Ok);
        Assert.Equal("event: build-error", await NextEvent(events));
        Assert.StartsWith("data: content/places/wuhai/place.yaml:", await events.ReadLineAsync().WaitAsync(Wait));
        Assert.Contains("content/places/wuhai/place.yaml:", log.ToString());
        Assert.Contains("hint:", log.ToString());
        Assert.Equal(before, Snapshot(target));
    }

    static async Task<string> NextEvent(StreamReader events)
    {
        while (true)
        {
            var line = await events.ReadLineAsync().WaitAsync(Wait);
            if (line is null) throw new EndOfStreamException();
            if (line.StartsWith("event:", StringComparison.Ordinal)) return line;
        }
    }

    static Dictionary<string, string> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
