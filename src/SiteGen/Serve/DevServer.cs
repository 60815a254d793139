using System.Net;
using System.Threading.Channels;
using SiteGen.Build;

namespace SiteGen.Serve;

/// <summary>
/// `sitegen serve`: builds the site into site-output/, serves it (<see cref="StaticSiteServer"/> with
/// <see cref="LiveReload"/>), watches content/ and templates/, and after each change (once the files
/// have been quiet for <see cref="Debounce"/>) rebuilds what the change touches (<see cref="SiteRebuilder"/>)
/// and reloads the open pages. A failed build prints file:line and a hint, keeps the last good site,
/// and shows the error in the open pages.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(30);

    readonly ProjectPaths paths;
    readonly TextWriter log;
    readonly SiteRebuilder rebuilder;
    readonly LiveReload liveReload = new();
    readonly Channel<string> changes = Channel.CreateUnbounded<string>();
    readonly CancellationTokenSource stop = new();
    StaticSiteServer? server;
    SiteWatcher? watcher;
    Task? loop;
    TaskCompletionSource<SiteRebuilder.Outcome> next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    DevServer(ProjectPaths paths, string target, TextWriter log)
    {
        this.paths = paths;
        this.log = log;
        rebuilder = new SiteRebuilder(paths, target);
    }

    public Uri Address => server!.Address;
    public LiveReload LiveReload => liveReload;
    /// <summary>The outcome of the first build.</summary>
    public SiteRebuilder.Outcome First { get; private set; } = null!;

    /// <summary>Completes with the next rebuild after a change (for tests and tools).</summary>
    public Task<SiteRebuilder.Outcome> NextRebuild() => next.Task;

    public static async Task<DevServer> StartAsync(ProjectPaths paths, string target, IPAddress address, int port, TextWriter log, bool watch = true)
    {
        var dev = new DevServer(paths, target, log);
        dev.First = dev.Build("initial build");
        dev.server = await StaticSiteServer.StartAsync(dev.rebuilder.Target, address, port, dev.liveReload);
        if (watch)
        {
            dev.watcher = new SiteWatcher([paths.Content, paths.Templates], path => dev.changes.Writer.TryWrite(path));
            dev.loop = Task.Run(dev.WatchLoop);
        }
        return dev;
    }

    async Task WatchLoop()
    {
        var token = stop.Token;
        try
        {
            while (await changes.Reader.WaitToReadAsync(token))
            {
                var changed = new SortedSet<string>(StringComparer.Ordinal);
                // Wait until the files are quiet (editors write in several steps).
                do
                {
                    while (changes.Reader.TryRead(out var path)) changed.Add(paths.Display(path));
                    await Task.Delay(Debounce, token);
                } while (changes.Reader.TryPeek(out _));
                // Pages first (the search index of a changed place may lag), then the search index.
                var outcome = Build(string.Join(", ", changed.Take(3)) + (changed.Count > 3 ? $" and {changed.Count - 3} more" : ""), deferSearch: true);
                if (outcome.Ok) liveReload.Reload(outcome.Changed!);
                else liveReload.BuildFailed(outcome.Error!.Describe());
                Interlocked.Exchange(ref next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(outcome);
                if (outcome.Ok && outcome.SearchStale)
                {
                    var search = Build("search index", deferSearch: false);
                    if (search.Ok) liveReload.Reload(search.Changed!);
                }
            }
        }
        catch (OperationCanceledException) { }
    }

    SiteRebuilder.Outcome Build(string why, bool deferSearch = false)
    {
        var outcome = rebuilder.Rebuild(new BuildLog(TextWriter.Null, quiet: true), deferSearch);
        lock (log)
        {
            log.WriteLine($"{DateTime.Now:HH:mm:ss} {why}: {outcome}");
            if (outcome.Error is { } error) log.WriteLine(error.Describe());
        }
        return outcome;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        watcher?.Dispose();
        if (loop is not null) await loop;
        if (server is not null) await server.DisposeAsync();
        stop.Dispose();
    }
}
