using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Build.Stages;
using SiteGen.Markup;
using SiteGen.Output;

namespace SiteGen.Compare;

/// <summary>
/// The HTML of one plan section for a page that shows sections of several plans side by side. Ids
/// are prefixed with the plan ("changji-eco-plan-ch5-s1"), since plans share anchors such as ch5-s1;
/// each "¶" link points to the passage on its own chapter page, which stays the place to cite.
/// Rendered once per section, language and page depth (links are relative) and cached.
/// </summary>
public sealed partial class SectionHtml(BuildContext context)
{
    readonly ConcurrentDictionary<(PlanSection, string, int), string> cache = new();
    readonly ConcurrentDictionary<string, PlanMarkdown> renderers = new(StringComparer.Ordinal);

    /// <summary>The section's HTML for the page at <paramref name="pageUrl"/> (in the page's language).</summary>
    public string For(PlanSection section, string language, string pageUrl)
    {
        var depth = pageUrl.Trim('/').Split('/').Length;
        return cache.GetOrAdd((section, language, depth), _ => Render(section, language, pageUrl));
    }

    /// <summary>The id prefix of a plan's passages on such pages.</summary>
    public static string Prefix(Content.Plan plan) => $"{plan.Place.Slug}-{plan.Slug}-";

    string Render(PlanSection section, string language, string pageUrl)
    {
        var renderer = renderers.GetOrAdd(language, l => RenderPlanTexts.Renderer(context, l));
        var html = renderer.Render(section.Blocks, pageUrl);
        var prefix = Prefix(section.Plan);
        var passages = context.Plans[section.Plan.Id].Document.Passages;
        // The HTML comes from our own renderers, which escape every quote in text (&quot;), so these
        // attribute patterns cannot occur inside text.
        html = PassageLink().Replace(html, m => passages.TryGetValue(m.Groups[1].Value, out var passage)
            ? $"href=\"{SiteUrls.Relative(pageUrl, SiteUrls.InLanguage(PlanUrls.Passage(section.Plan, passage), language))}\""
            : throw new InvalidOperationException($"¶ link to unknown passage #{m.Groups[1].Value} in {section}"));
        return IdReference().Replace(html, m => $"{m.Groups[1].Value}=\"{prefix}{m.Groups[2].Value}\"");
    }

    [GeneratedRegex("href=\"#([^\"]+)\"")] private static partial Regex PassageLink();
    [GeneratedRegex("\\b(id|aria-describedby|aria-labelledby)=\"([^\"]+)\"")] private static partial Regex IdReference();
}
