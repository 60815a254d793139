using System.Text.Json;

namespace SiteGen.BrowserTests.Support;

/// <summary>
/// Lighthouse (npm pin) against a page of the test server, on its mobile profile (emulated phone,
/// simulated slow 4G and 4× CPU slowdown), with Debian's Chromium (CHROME_PATH). One run takes about
/// 11–15 s on this machine. The JSON report is kept under artifacts/lighthouse/ for reading.
/// </summary>
public static class Lighthouse
{
    public static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];

    /// <param name="ServerLatencyMs">How long the test server took to answer, as Lighthouse observed it (its
    /// network-server-latency): a run that is slow because the server stalled says so in the figures.</param>
    public sealed record Report(string Url, string FormFactor, IReadOnlyDictionary<string, int> Scores,
        IReadOnlyDictionary<string, IReadOnlyList<string>> FailingAudits, double ServerLatencyMs, string JsonPath);

    public static async Task<Report> RunAsync(string url, string name)
    {
        var folder = Path.Combine(BrowserSite.Root, "artifacts", "lighthouse");
        Directory.CreateDirectory(folder);
        var json = Path.Combine(folder, name + ".json");
        File.Delete(json);
        var profile = Directory.CreateTempSubdirectory("sitegen-lighthouse-").FullName;
        try
        {
            var flags = string.Join(' ', BrowserSite.ChromiumArgs.Append("--headless=new").Append("--user-data-dir=" + profile));
            var run = await ExternalTool.RunAsync(ExternalTool.Lighthouse,
                [url, "--quiet", "--form-factor=mobile", "--only-categories=" + string.Join(',', Categories),
                 "--output=json", "--output-path=" + json, "--chrome-flags=" + flags],
                TimeSpan.FromMinutes(3), new Dictionary<string, string> { ["CHROME_PATH"] = ExternalTool.Chromium });
            if (run.ExitCode != 0 || !File.Exists(json))
                throw new InvalidOperationException($"lighthouse exited {run.ExitCode} on {url}: {run.Errors}{run.Output}");
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
        return Read(json);
    }

    public static Report Read(string json)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var root = document.RootElement;
        if (root.TryGetProperty("runtimeError", out var error))
            throw new InvalidOperationException($"lighthouse runtime error: {error.GetProperty("code")} {error.GetProperty("message")}");
        var audits = root.GetProperty("audits");
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        var failing = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var category in root.GetProperty("categories").EnumerateObject())
        {
            var score = category.Value.GetProperty("score");
            scores[category.Name] = score.ValueKind == JsonValueKind.Number ? (int)Math.Round(score.GetDouble() * 100) : -1;
            failing[category.Name] = category.Value.GetProperty("auditRefs").EnumerateArray()
                .Where(a => a.GetProperty("weight").GetDouble() > 0)
                .Select(a => a.GetProperty("id").GetString()!)
                .Where(id => audits.GetProperty(id).GetProperty("score") is { ValueKind: JsonValueKind.Number } s && s.GetDouble() < 1)
                .Select(id => $"{id}={audits.GetProperty(id).GetProperty("score").GetDouble():0.##}")
                .ToList();
        }
        var formFactor = root.GetProperty("configSettings").GetProperty("formFactor").GetString()!;
        var latency = audits.TryGetProperty("network-server-latency", out var server) && server.TryGetProperty("details", out var details)
            ? details.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("serverResponseTime").GetDouble()).DefaultIfEmpty(0).Max()
            : 0;
        return new Report(root.GetProperty("finalDisplayedUrl").GetString()!, formFactor, scores, failing, latency, json);
    }
}
