using System.Text.RegularExpressions;

namespace SiteGen.BrowserTests.Support;

/// <summary>
/// The W3C Nu HTML Checker (npm vnu-jar, run with the system java) over every .html file of a folder,
/// errors only. The JVM starts once for the whole site (about 5 s for 126 pages).
/// </summary>
public static partial class NuHtmlChecker
{
    public sealed record Message(string File, string Text)
    {
        public override string ToString() => $"{File}: {Text}";
    }

    public sealed record Result(int FilesChecked, IReadOnlyList<Message> Errors);

    public static async Task<Result> CheckAsync(string folder)
    {
        folder = Path.GetFullPath(folder);
        var run = await ExternalTool.RunAsync(ExternalTool.Java,
            ["-Xss4m", "-jar", ExternalTool.VnuJar, "--errors-only", "--skip-non-html", "--verbose", "--format", "gnu", folder],
            TimeSpan.FromMinutes(5));
        if (run.ExitCode > 1) throw new InvalidOperationException($"vnu exited {run.ExitCode}: {run.Errors}");
        // --verbose names each file it checks on stdout; messages go to stderr as "file":line.col: error: text
        var checkedFiles = run.Output.Split('\n').Count(l => l.Contains(".html", StringComparison.Ordinal));
        var errors = run.Errors.Split('\n').Select(l => MessageLine().Match(l)).Where(m => m.Success)
            .Select(m => new Message(Path.GetRelativePath(folder, Uri.UnescapeDataString(m.Groups["file"].Value.Replace("file:", "", StringComparison.Ordinal))).Replace('\\', '/'),
                m.Groups["rest"].Value.Trim()))
            .ToList();
        if (run.ExitCode == 1 && errors.Count == 0) throw new InvalidOperationException($"vnu reported errors it did not name: {run.Errors}");
        return new Result(checkedFiles, errors);
    }

    [GeneratedRegex("""^"(?<file>[^"]+)":(?<rest>.*?: (?:error|fatal): .*)$""")]
    private static partial Regex MessageLine();
}
