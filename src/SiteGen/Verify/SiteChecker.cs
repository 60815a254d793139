using System.Diagnostics;
using SiteGen.Build;
using SiteGen.Content;

namespace SiteGen.Verify;

/// <summary>
/// Runs every check of <see cref="SiteChecks"/> on a build and prints one summary line per check,
/// then the problems (file:line, message, hint). A check that crashes counts as failed, with its error.
/// </summary>
public static class SiteChecker
{
    public sealed record Report(IReadOnlyList<(ISiteCheck Check, CheckResult Result, TimeSpan Time)> Results)
    {
        public bool Passed => Results.All(r => r.Result.Passed);
        public int ProblemCount => Results.Sum(r => r.Result.Problems.Count);
    }

    public static Report Run(CheckedSite site, IEnumerable<ISiteCheck> checks, TextWriter output, int maxProblemsShown = 50)
    {
        var results = new List<(ISiteCheck, CheckResult, TimeSpan)>();
        foreach (var check in checks)
        {
            var clock = Stopwatch.StartNew();
            CheckResult result;
            try { result = check.Run(site); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                result = new CheckResult([new CheckProblem(new SourceLocation("(check " + check.Name + ")", 0),
                    $"the check crashed: {e.GetType().Name}: {e.Message}", "this is a bug in the check; please report it with the command you ran")], "crashed");
            }
            results.Add((check, result, clock.Elapsed));
            var status = result.Passed ? "ok  " : "FAIL";
            var problems = result.Passed ? "" : $" — {result.Problems.Count} problem(s)";
            output.WriteLine($"  {check.Name,-10} {status} {result.Covered}{problems}  ({clock.Elapsed.TotalMilliseconds:F0} ms)");
        }
        var shown = 0;
        foreach (var (check, result, _) in results)
            foreach (var problem in result.Problems)
            {
                if (shown++ == maxProblemsShown) { output.WriteLine($"… {results.Sum(r => r.Item2.Problems.Count) - maxProblemsShown} more problems not shown"); break; }
                output.WriteLine($"{problem.Location}: error: [{check.Name}] {problem.Message}");
                output.WriteLine($"  hint: {problem.Hint}");
            }
        return new Report(results);
    }
}
