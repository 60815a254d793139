namespace SiteGen.BrowserTests.Support;

/// <summary>Quality figures of a test run, written to artifacts/quality/&lt;check&gt;.txt for reading (and to the test log).</summary>
public static class Figures
{
    public static string Write(string check, IEnumerable<string> lines)
    {
        var folder = Path.Combine(BrowserSite.Root, "artifacts", "quality");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, check + ".txt");
        File.WriteAllLines(path, lines);
        return path;
    }
}
