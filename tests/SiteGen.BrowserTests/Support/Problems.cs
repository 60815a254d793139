namespace SiteGen.BrowserTests.Support;

/// <summary>
/// Fails with every problem on a line of its own. (xunit's Assert.Empty shows only the first few items,
/// each cut to 50 characters: too little to tell from a CI log what went wrong.)
/// </summary>
public static class Problems
{
    public static void AssertNone(IReadOnlyCollection<string> problems)
    {
        if (problems.Count > 0)
            Assert.Fail($"{problems.Count} problem(s):\n" + string.Join("\n", problems));
    }
}
