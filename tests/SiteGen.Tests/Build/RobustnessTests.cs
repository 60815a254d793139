using System.Diagnostics;
using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Commands;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Build;

/// <summary>
/// More than a thousand damaged content, template and source files (<see cref="ContentMutations"/>),
/// one at a time: for every one the build ends with a content error (never an unhandled exception),
/// the message names the damaged file and a line, the exit code is not 0, and the published site is
/// byte for byte what it was. Built in process on a RAM-backed copy, reusing parsed templates and plan
/// texts where the damage does not touch them, so it runs in CI time.
/// </summary>
public sealed class RobustnessTests(ITestOutputHelper output)
{
    [Fact]
    public void Given_a_thousand_damaged_files_When_each_is_built_Then_each_fails_cleanly_naming_file_and_line_and_the_site_is_kept()
    {
        using var project = new ScratchProject(inMemory: true);
        var target = project.PathOf("site-output");
        var cache = new BuildCache();
        Assert.Equal(0, BuildCommand.Run(project.Paths, new BuildLog(TextWriter.Null, quiet: true), target, new StringWriter(), cache));
        var published = Snapshot(target);
        var mutations = ContentMutations.For(project.Root);
        Assert.True(mutations.Count >= 1000, $"only {mutations.Count} mutations");

        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var mutation in mutations)
        {
            var path = project.PathOf(mutation.File);
            var original = File.ReadAllBytes(path);
            File.WriteAllBytes(path, mutation.Bytes);
            var errors = new StringWriter();
            int exit;
            try { exit = BuildCommand.Run(project.Paths, new BuildLog(TextWriter.Null, quiet: true), target, errors, cache); }
            catch (Exception e) { exit = -1; errors.WriteLine("unhandled: " + e); }
            finally { File.WriteAllBytes(path, original); }
            var message = errors.ToString();
            if (exit != 1) failures.Add($"{mutation}: exit code {exit}: {First(message)}");
            else if (!Regex.IsMatch(message, Regex.Escape(mutation.File) + @":[1-9]\d*")) failures.Add($"{mutation}: the error does not name {mutation.File}:line: {First(message)}");
            else if (!message.Contains("hint:", StringComparison.Ordinal)) failures.Add($"{mutation}: the error gives no hint: {First(message)}");
            if (!SameAs(published, target)) { failures.Add($"{mutation}: site-output/ changed"); published = Snapshot(target); }
        }
        output.WriteLine($"{mutations.Count} mutations in {clock.Elapsed.TotalSeconds:F1} s; by kind:");
        foreach (var kind in mutations.GroupBy(m => Regex.Replace(m.Kind, @"\{\{.*\}\}", "{{…}}")).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  {kind.Count(),4} {kind.Key}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {mutations.Count} mutations were not refused cleanly:\n" + string.Join("\n", failures.Take(30)));
    }

    static string First(string message) => message.Split('\n').FirstOrDefault(l => l.Length > 0) ?? "(no message)";

    static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    static bool SameAs(Dictionary<string, byte[]> snapshot, string dir)
    {
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToList();
        return files.Count == snapshot.Count && Directory.GetDirectories(Path.GetDirectoryName(dir)!, Path.GetFileName(dir) + "*").Length == 1
            && files.All(f => snapshot.TryGetValue(Path.GetRelativePath(dir, f), out var bytes) && bytes.AsSpan().SequenceEqual(File.ReadAllBytes(f)));
    }
}
