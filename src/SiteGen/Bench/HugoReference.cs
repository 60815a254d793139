using System.Diagnostics;
using System.Text;

namespace SiteGen.Bench;

/// <summary>
/// The reference: the same Markdown built by Hugo (Debian's package) with a minimal layout, in the
/// same two languages and split into the same pages as SiteGen splits it (a page for each plan's front
/// text, one per chapter, i.e. per "## " heading). Layout as in shared/checkers/hugo-bench.sh.
/// </summary>
public static class HugoReference
{
    public sealed record Run(TimeSpan Time, int Pages, string Version, TimeSpan? Cpu);

    public static string? Find() =>
        Environment.GetEnvironmentVariable("HUGO_BIN") is { Length: > 0 } bin ? bin
        : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "hugo")).FirstOrDefault(File.Exists);

    /// <summary>Writes a Hugo site at <paramref name="site"/> from the plan texts under <paramref name="places"/>.</summary>
    public static void Write(string places, string site, IReadOnlyList<string> languages)
    {
        if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
        var layouts = Path.Combine(site, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        var config = new StringBuilder("baseURL = \"http://127.0.0.1/\"\ndefaultContentLanguage = \"zh\"\ntitle = \"基准测试\"\nhasCJKLanguage = true\n")
            .Append("disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]\n");
        var weight = 1;
        foreach (var language in languages)
            config.Append($"[languages.{language}]\ncontentDir = \"content/{language}\"\nweight = {weight++}\nlanguageCode = \"{(language == "zh" ? "zh-CN" : language)}\"\n");
        File.WriteAllText(Path.Combine(site, "config.toml"), config.ToString());
        File.WriteAllText(Path.Combine(layouts, "baseof.html"),
            "<!DOCTYPE html>\n<html lang=\"{{ .Language.Lang }}\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>\n<body><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n");
        File.WriteAllText(Path.Combine(layouts, "single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n");
        File.WriteAllText(Path.Combine(layouts, "list.html"),
            "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
        File.Copy(Path.Combine(layouts, "list.html"), Path.Combine(site, "layouts", "index.html"));

        foreach (var file in Directory.EnumerateFiles(places, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var place = Path.GetFileName(Path.GetDirectoryName(file)!);
            var plan = Path.GetFileNameWithoutExtension(file);
            var pages = Split(File.ReadAllText(file));
            foreach (var language in languages)
            {
                var dir = Path.Combine(site, "content", language, "plans");
                Directory.CreateDirectory(dir);
                for (var i = 0; i < pages.Count; i++)
                    File.WriteAllText(Path.Combine(dir, $"{place}--{plan}--{i:D2}.md"),
                        $"---\ntitle: \"{place}/{plan} {i}\"\n---\n{pages[i]}");
            }
        }
    }

    /// <summary>The plan text without front matter, cut before each "## " heading: front text, then chapters.</summary>
    static List<string> Split(string markdown)
    {
        var body = markdown[(markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
        var pages = new List<StringBuilder> { new() };
        foreach (var line in body.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) pages.Add(new StringBuilder());
            pages[^1].Append(line).Append('\n');
        }
        return pages.Select(p => p.ToString()).ToList();
    }

    public static Run Build(string hugo, string site)
    {
        var output = Path.Combine(site, "public");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var clock = Stopwatch.StartNew();
        var (exit, text, cpu) = Processes.RunTimed(hugo, ["--quiet", "--source", site, "--destination", output]);
        var time = clock.Elapsed;
        if (exit != 0) throw new InvalidOperationException($"hugo failed ({exit}): {text}");
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
        var version = Processes.Run(hugo, ["version"]).Output.Split(' ').ElementAtOrDefault(1) ?? "?";
        return new Run(time, pages, version, cpu);
    }
}

/// <summary>
/// Runs a child process to the end and returns its exit code, its output (stdout + stderr) and the CPU
/// time it used (user + system, from getrusage(RUSAGE_CHILDREN) on Linux): on a machine shared with
/// other work, CPU time says what a build costs better than the wall clock does.
/// </summary>
public static class Processes
{
    public static (int Exit, string Output) Run(string file, IEnumerable<string> arguments)
    {
        var (exit, output, _) = RunTimed(file, arguments);
        return (exit, output);
    }

    public static (int Exit, string Output, TimeSpan? Cpu) RunTimed(string file, IEnumerable<string> arguments)
    {
        var before = ChildrenCpu();
        var (exit, output) = RunOnce(file, arguments);
        var after = ChildrenCpu();
        return (exit, output, before is null || after is null ? null : after - before);
    }

    static (int Exit, string Output) RunOnce(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    struct Rusage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRss, Ixrss, Idrss, Isrss, Minflt, Majflt, Nswap, Inblock, Oublock, Msgsnd, Msgrcv, Nsignals, Nvcsw, Nivcsw;
    }

    // DllImport, not LibraryImport: the source-generated form needs unsafe code in the whole project for one call.
#pragma warning disable SYSLIB1054
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getrusage")]
    static extern int GetRusage(int who, out Rusage usage);
#pragma warning restore SYSLIB1054

    /// <summary>CPU time of all waited-for children so far (Linux, 64-bit), or null elsewhere.</summary>
    static TimeSpan? ChildrenCpu()
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess) return null;
        if (GetRusage(-1, out var usage) != 0) return null; // RUSAGE_CHILDREN
        return TimeSpan.FromSeconds(usage.UserSeconds + usage.SystemSeconds) + TimeSpan.FromMicroseconds(usage.UserMicroseconds + usage.SystemMicroseconds);
    }
}
