using System.CommandLine;
using System.Net;
using SiteGen.Build;
using SiteGen.Serve;

namespace SiteGen.Commands;

/// <summary><c>sitegen serve</c>: build, serve on 127.0.0.1, rebuild on change, reload the open pages.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on (default 8000; 0 picks a free one)", DefaultValueFactory = _ => 8000 };
        var host = new Option<string>("--host") { Description = "Address to listen on (default 127.0.0.1, this machine only)", DefaultValueFactory = _ => "127.0.0.1" };
        var output = new Option<string?>("--output") { Description = "Folder to build into and serve; default: site-output/ in the project" };
        var noWatch = new Option<bool>("--no-watch") { Description = "Serve without watching for changes" };
        var command = new Command("serve", "Build, serve the site locally, rebuild what a change touches and reload the open pages")
        {
            port, host, output, noWatch, Cli.RootOption,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var paths = ProjectPaths.Find(parse.GetValue(Cli.RootOption));
            if (!IPAddress.TryParse(parse.GetValue(host), out var address))
            {
                Console.Error.WriteLine($"sitegen serve: '{parse.GetValue(host)}' is not an IP address (e.g. 127.0.0.1)");
                return 2;
            }
            if (!IPAddress.IsLoopback(address))
                Console.Error.WriteLine($"warning: listening on {address}: other machines can read the site (and its drafts)");
            await using var dev = await DevServer.StartAsync(paths, parse.GetValue(output) ?? paths.Output, address, parse.GetValue(port), Console.Error,
                watch: !parse.GetValue(noWatch));
            Console.Error.WriteLine($"serving {paths.Display(Path.GetFullPath(parse.GetValue(output) ?? paths.Output))}/ at {dev.Address}" +
                (parse.GetValue(noWatch) ? "" : " — watching content/ and templates/") + "; Ctrl+C stops");
            try { await Task.Delay(Timeout.Infinite, cancel); } catch (OperationCanceledException) { }
            Console.Error.WriteLine("stopped");
            return dev.First.Ok ? 0 : 1;
        });
        return command;
    }
}
