using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace SiteGen.Serve;

/// <summary>
/// Serves a built site folder over HTTP with Kestrel, on 127.0.0.1 only. Paths are resolved by
/// ASP.NET Core's PhysicalFileProvider, which refuses anything outside the root; requests whose path
/// holds "..", a backslash or an encoded dot segment are refused before that with 400. Text is sent
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

    public static async Task<StaticSiteServer> StartAsync(string root, int port = 0, Action<WebApplication>? configure = null)
    {
        root = Path.GetFullPath(root);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, WebRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
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
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(root, "404.html");
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });
        await app.StartAsync();
        var address = app.Urls.First();
        return new StaticSiteServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>Refuses traversal however it is spelled: "..", "%2e%2e", backslashes, absolute paths in the path.</summary>
    public static bool IsSafe(HttpRequest request)
    {
        var raw = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "";
        var decoded = Uri.UnescapeDataString(Uri.UnescapeDataString(raw.Split('?')[0]));
        return !decoded.Contains('\\') && !decoded.Split('/').Any(s => s == "..") && !decoded.Contains("//", StringComparison.Ordinal)
               && !decoded.Contains(':') && decoded.StartsWith('/');
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
