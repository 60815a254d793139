using System.Diagnostics;

namespace SiteGen.BrowserTests.Support;

/// <summary>
/// The third-party checkers the quality tests run: the npm pins under node_modules/ (axe-core,
/// vnu-jar, lighthouse; installed by tools/npm-pins.sh, which ./test.sh runs) and the system java.
/// A missing tool fails the test with what to install: quality checks never skip.
/// </summary>
public static class ExternalTool
{
    public static string NodeModules => Path.Combine(BrowserSite.Root, "node_modules");

    public static string AxeScript => Require(Path.Combine(NodeModules, "axe-core", "axe.min.js"), "axe-core");
    public static string VnuJar => Require(Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar"), "vnu-jar");
    public static string Lighthouse => Require(Path.Combine(NodeModules, ".bin", "lighthouse"), "lighthouse");

    public static string Java => OnPath("java")
        ?? throw new InvalidOperationException("java not found on PATH: the Nu HTML checker needs Java 11 or newer " +
            "(Debian: apt-get install -y openjdk-17-jre-headless). Quality checks never skip.");

    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM_BIN") ?? "/usr/bin/chromium";

    static string Require(string path, string package) => File.Exists(path)
        ? path
        : throw new InvalidOperationException($"{package} is missing ({path} not found): run tools/npm-pins.sh, which installs " +
            "the pinned npm packages (./test.sh does). Quality checks never skip.");

    static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    public sealed record Result(int ExitCode, string Output, string Errors);

    /// <summary>Runs a tool to completion (or kills it after the timeout) and returns what it printed.</summary>
    public static async Task<Result> RunAsync(string file, IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = BrowserSite.Root,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} did not finish within {timeout.TotalSeconds:0} s");
        }
        return new Result(process.ExitCode, await output, await errors);
    }
}
