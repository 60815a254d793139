using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests.Support;

/// <summary>
/// axe-core (npm pin) run inside the page in Chromium, with all of its default rules (WCAG 2.x A and AA
/// and axe's best practices). The script is evaluated through the DevTools protocol rather than added
/// as a script tag, so the page keeps its Content-Security-Policy while it is checked.
/// </summary>
public static class Axe
{
    static readonly Lazy<string> Source = new(() => File.ReadAllText(ExternalTool.AxeScript));

    public sealed record Violation(string Rule, string Impact, string Help, int Nodes, string Example)
    {
        public override string ToString() => $"[{Impact}] {Rule} ({Nodes} node(s)): {Help}; e.g. {Example}";
    }

    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        await page.EvaluateAsync(Source.Value);
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.map(v => ({ rule: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.length,
                example: v.nodes.length ? v.nodes[0].target.join(' ') + ' :: ' + (v.nodes[0].failureSummary || '') : '' }));
            }
            """);
        return result.EnumerateArray().Select(v => new Violation(
            v.GetProperty("rule").GetString()!, v.GetProperty("impact").GetString()!, v.GetProperty("help").GetString()!,
            v.GetProperty("nodes").GetInt32(), v.GetProperty("example").GetString()!.ReplaceLineEndings(" "))).ToList();
    }
}
