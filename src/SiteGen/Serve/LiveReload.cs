using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SiteGen.Serve;

/// <summary>
/// Live reload for `sitegen serve`: an event stream (/_sitegen/events, server-sent events, allowed by
/// the CSP's connect-src 'self') that says "reload" after each good rebuild and "build-error" with the
/// message after a failed one, and a script file (/_sitegen/livereload.js) that listens to it. The
/// server adds a &lt;script src&gt; for that file to each HTML page as it serves it; the files in
/// site-output/ never contain it.
/// </summary>
public sealed class LiveReload
{
    public const string ScriptPath = "/_sitegen/livereload.js";
    public const string EventsPath = "/_sitegen/events";
    const string ScriptTag = "<script src=\"" + ScriptPath + "\" defer></script>\n";

    readonly ConcurrentDictionary<Channel<string>, byte> clients = new();
    static readonly byte[] Script = LoadScript();

    /// <summary>Number of pages listening now.</summary>
    public int Clients => clients.Count;

    /// <summary>
    /// Tells the open pages which output files changed: a page reloads if its own HTML changed, every page
    /// does if a style sheet, script or image changed ("*"). Data files (search shards) change no page by themselves.
    /// </summary>
    public void Reload(IEnumerable<string> changedPaths)
    {
        var paths = changedPaths.ToList();
        if (paths.Any(p => p.EndsWith(".css", StringComparison.Ordinal) || p.EndsWith(".js", StringComparison.Ordinal)
                           || p.EndsWith(".mjs", StringComparison.Ordinal) || p.EndsWith(".svg", StringComparison.Ordinal)))
        {
            Send("reload", "*");
            return;
        }
        var pages = paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal))
            .Select(p => p.EndsWith("index.html", StringComparison.Ordinal) ? "/" + p[..^"index.html".Length] : "/" + p).ToList();
        if (pages.Count > 0) Send("reload", string.Join('\n', pages));
    }

    public void BuildFailed(string message) => Send("build-error", message);

    void Send(string name, string data)
    {
        var frame = $"event: {name}\n" + string.Concat(data.Split('\n').Select(l => $"data: {l}\n")) + "\n";
        foreach (var client in clients.Keys) client.Writer.TryWrite(frame);
    }

    /// <summary>The page with the live-reload script added before &lt;/head&gt; (or at the end if it has none).</summary>
    public static string Inject(string html)
    {
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html + ScriptTag : html[..head] + ScriptTag + html[head..];
    }

    /// <summary>Serves the script and the event stream; registered before the site's files.</summary>
    public void Map(WebApplication app)
    {
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value;
            if (path == ScriptPath)
            {
                context.Response.ContentType = "text/javascript; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.Body.WriteAsync(Script, context.RequestAborted);
                return;
            }
            if (path != EventsPath) { await next(); return; }
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-store";
            var channel = Channel.CreateUnbounded<string>();
            clients[channel] = 0;
            using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            try
            {
                await context.Response.WriteAsync("retry: 1000\n: connected\n\n", done.Token);
                await context.Response.Body.FlushAsync(done.Token);
                await foreach (var frame in channel.Reader.ReadAllAsync(done.Token))
                {
                    await context.Response.WriteAsync(frame, done.Token);
                    await context.Response.Body.FlushAsync(done.Token);
                }
            }
            catch (OperationCanceledException) { }
            finally { clients.TryRemove(channel, out _); }
        });
    }

    static byte[] LoadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SiteGen.Serve.livereload.js")
            ?? throw new InvalidOperationException("the live-reload script is not embedded in sitegen");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    internal static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
