using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace SiteGen.Serve;

/// <summary>
/// Serves a built site folder over HTTP with Kestrel (ASP.NET Core's server, from the shared framework),
/// on 127.0.0.1 unless told otherwise. Paths are resolved by ASP.NET Core's PhysicalFileProvider, which
/// refuses anything outside the root; before that, requests whose target holds "..", an encoded dot
/// segment (%2e%2e), a backslash, "//", a drive or scheme (':'), or a NUL are refused with 400.
/// With <see cref="LiveReload"/>, HTML pages are served with the live-reload script added. Text is sent
/// compressed (gzip or Brotli) when the browser accepts it, as any static host does.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    readonly WebApplication app;

    StaticSiteServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>The base address, e.g. http://127.0.0.1:5123/.</summary>
    public Uri Address { get; }

    public static Task<StaticSiteServer> StartAsync(string root, int port = 0, Action<WebApplication>? configure = null) =>
        StartAsync(root, IPAddress.Loopback, port, null, configure);

    public static async Task<StaticSiteServer> StartAsync(string root, IPAddress address, int port, LiveReload? liveReload,
        Action<WebApplication>? configure = null)
    {
        root = Path.GetFullPath(root);
        Directory.CreateDirectory(root);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, WebRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(address, port));
        builder.Services.AddResponseCompression(o => o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "text/csv"]));
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            if (!IsSafe(context.Request)) { context.Response.StatusCode = StatusCodes.Status400BadRequest; return; }
            await next();
        });
        configure?.Invoke(app);
        app.UseResponseCompression();
        var files = new PhysicalFileProvider(root);
        if (liveReload is not null)
        {
            liveReload.Map(app);
            app.Use(async (context, next) =>
            {
                if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)) { await next(); return; }
                var path = context.Request.Path.Value ?? "/";
                var file = files.GetFileInfo(path.EndsWith('/') ? path + "index.html" : path);
                if (!file.Exists || file.IsDirectory || !path.EndsWith('/') && !path.EndsWith(".html", StringComparison.Ordinal)) { await next(); return; }
                await SendHtml(context, file.PhysicalPath!, StatusCodes.Status200OK);
            });
        }
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false });
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (!path.EndsWith('/') && files.GetDirectoryContents(path).Exists)
            {
                context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: false);
                return;
            }
            var notFound = Path.Combine(root, "404.html");
            if (!File.Exists(notFound)) { context.Response.StatusCode = StatusCodes.Status404NotFound; return; }
            if (liveReload is not null) { await SendHtml(context, notFound, StatusCodes.Status404NotFound); return; }
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(notFound);
        });
        await app.StartAsync();
        var url = app.Urls.First();
        return new StaticSiteServer(app, new Uri(url.EndsWith('/') ? url : url + "/"));

        static async Task SendHtml(HttpContext context, string file, int status)
        {
            var html = LiveReload.Inject(await File.ReadAllTextAsync(file, context.RequestAborted));
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            var bytes = LiveReload.Utf8(html);
            context.Response.ContentLength = bytes.Length;
            if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    /// <summary>Refuses traversal however it is spelled: "..", "%2e%2e", backslashes, absolute paths in the path.</summary>
    public static bool IsSafe(HttpRequest request)
    {
        var raw = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "";
        var target = raw.Split('?')[0];
        // Decode until stable, so "%252e%252e" cannot hide a ".." either.
        for (var i = 0; i < 3; i++)
        {
            var decoded = Uri.UnescapeDataString(target);
            if (decoded == target) break;
            target = decoded;
        }
        return target.StartsWith('/') && !target.Contains('\\') && !target.Contains('\0') && !target.Contains(':')
               && !target.Contains("//", StringComparison.Ordinal) && !target.Split('/').Any(s => s is ".." or ".");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
