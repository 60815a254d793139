using System.CommandLine;
using SiteGen.Bench;
using SiteGen.Build;

namespace SiteGen.Commands;

/// <summary><c>sitegen bench</c>: build time, pages/s, peak memory and growth on synthetic corpora, beside Hugo.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var scales = new Option<int[]>("--scales") { Description = "Corpus sizes, in copies of the five plans (default: 1 10 50 100)", AllowMultipleArgumentsPerToken = true };
        var runs = new Option<int>("--runs") { Description = "Cold builds of the real site to take the median of (default 3)", DefaultValueFactory = _ => 3 };
        var noHugo = new Option<bool>("--no-hugo") { Description = "Do not build the Hugo reference" };
        var work = new Option<string?>("--work") { Description = "Folder for the corpora (default: /dev/shm/sitegen-bench if there, else the temp folder)" };
        var writeCorpus = new Option<string?>("--write-corpus") { Description = "Only write the synthetic project of the first scale into this folder (to profile or read it), then stop" };
        var command = new Command("bench", "Benchmark the build on synthetic corpora of N× the five plans, with Hugo side by side")
        {
            scales, runs, noHugo, work, writeCorpus, Cli.RootOption,
        };
        command.SetAction(parse =>
        {
            var paths = ProjectPaths.Find(parse.GetValue(Cli.RootOption));
            var chosen = parse.GetValue(scales) is { Length: > 0 } s ? s : [1, 10, 50, 100];
            if (parse.GetValue(writeCorpus) is { } corpusDir)
            {
                var info = SyntheticCorpus.Write(paths, Path.GetFullPath(corpusDir), chosen[0]);
                Console.WriteLine($"wrote {info.Places} places, {info.Plans} plans, {info.MarkdownBytes / 1048576.0:F1} MiB of Markdown to {info.Root}");
                return 0;
            }
            var dir = parse.GetValue(work)
                ?? (Directory.Exists("/dev/shm") ? "/dev/shm/sitegen-bench" : Path.Combine(Path.GetTempPath(), "sitegen-bench"));
            try
            {
                return BenchRunner.Run(paths, chosen, Math.Max(1, parse.GetValue(runs)), !parse.GetValue(noHugo), dir, Console.Out);
            }
            finally
            {
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            }
        });
        return command;
    }
}
