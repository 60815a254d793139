using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// Runs a script under Node.js (from $NODE_BIN, or `node` on the PATH). Tests that need node fail with
/// instructions when it is missing; they never skip. Scripts find lunr.js in the repository's
/// node_modules/ (tools/npm-pins.sh installs it).
/// </summary>
public static class Node
{
    public static string Executable { get; } = Find();

    /// <summary>Runs a script of tests/SiteGen.Tests/Search/node/ with arguments and standard input; returns standard output.</summary>
    public static string Run(string script, IEnumerable<string> arguments, string input = "")
    {
        if (!File.Exists(Repo.PathOf("node_modules", "lunr", "package.json")))
            throw new InvalidOperationException("node_modules/lunr is missing: run tools/npm-pins.sh (./test.sh does) to install the npm pins");
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = Repo.Root,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Repo.PathOf("tests", "SiteGen.Tests", "Search", "node", script));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Executable}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var writer = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false)))
            writer.Write(input);
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish in 3 minutes");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}:\n{stderr.Result}\n{stdout.Result}");
        return stdout.Result;
    }

    static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("NODE_BIN");
        if (!string.IsNullOrEmpty(configured))
            return File.Exists(configured) ? configured : throw new InvalidOperationException($"NODE_BIN={configured} does not exist");
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, OperatingSystem.IsWindows() ? "node.exe" : "node");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException("Node.js is not installed (no `node` on the PATH, no $NODE_BIN). The search tests run lunr.js " +
            "under node: install Node.js 20 or newer (the .NET SDK images carry it). These tests never skip.");
    }
}
