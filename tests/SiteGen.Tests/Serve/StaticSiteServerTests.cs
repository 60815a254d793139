using System.Net;
using System.Net.Sockets;
using System.Text;
using SiteGen.Serve;

namespace SiteGen.Tests.Serve;

/// <summary>
/// The preview server refuses every path outside the site root, however it is spelled. The requests are
/// written by hand on a TCP socket: HTTP clients would clean "../" out of the URL before sending it.
/// </summary>
public sealed class StaticSiteServerTests : IAsyncLifetime
{
    const string Secret = "SECRET-OUTSIDE-THE-SITE-ROOT";
    string dir = "";
    StaticSiteServer server = null!;

    public async Task InitializeAsync()
    {
        dir = Directory.CreateTempSubdirectory("sitegen-serve-").FullName;
        var site = Path.Combine(dir, "site");
        Directory.CreateDirectory(Path.Combine(site, "hohhot"));
        File.WriteAllText(Path.Combine(site, "index.html"), "<!DOCTYPE html><title>home</title>");
        File.WriteAllText(Path.Combine(site, "hohhot", "index.html"), "<!DOCTYPE html><title>hohhot</title>");
        File.WriteAllText(Path.Combine(site, "404.html"), "<!DOCTYPE html><title>not found</title>");
        File.WriteAllText(Path.Combine(dir, "secret.txt"), Secret);
        server = await StaticSiteServer.StartAsync(site);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(dir, recursive: true);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/hohhot/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/secret.txt")]
    [InlineData("/.%2e/secret.txt")]
    [InlineData("/%2e%2e%2fsecret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("/hohhot\\index.html")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/%00index.html")]
    [InlineData(".." + "/secret.txt")]
    [InlineData("http://127.0.0.1/../secret.txt")]
    public async Task Given_a_path_outside_the_root_When_requested_Then_it_is_refused(string target)
    {
        var (status, body) = await RawGet(target);
        Assert.True(status == 400, $"GET {target} answered {status}");
        Assert.DoesNotContain(Secret, body);
    }

    [Theory]
    [InlineData("/", 200, "home")]
    [InlineData("/hohhot/", 200, "hohhot")]
    [InlineData("/hohhot/index.html", 200, "hohhot")]
    [InlineData("/hohhot", 301, "")]
    [InlineData("/nowhere/", 404, "not found")]
    public async Task Given_a_path_inside_the_root_When_requested_Then_it_is_served(string target, int expected, string text)
    {
        var (status, body) = await RawGet(target);
        Assert.True(expected == status || (expected == 301 && status is 301 or 302), $"GET {target} answered {status}");
        Assert.Contains(text, body);
    }

    async Task<(int Status, string Body)> RawGet(string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Address.Port);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{server.Address.Port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
