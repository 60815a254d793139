using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Build.Stages;
using SiteGen.Markup;
using SiteGen.Output;

namespace SiteGen.Compare;

/// <summary>
/// The HTML of one plan section for a page that shows sections of several plans side by side. Ids
/// are prefixed with the plan ("changji-eco-plan-ch5-s1"), since plans share anchors such as ch5-s1.
/// Such pages hold many sections, so they stay light: headings keep their "¶" link, which points to
/// the heading on its own chapter page (the place to read in context and to cite); paragraphs and
/// rows lose their ids and ¶ links; glossary terms and indicator names link to their entry
/// without the hover explanation. Rendered once per section, language and page depth (links are
/// relative) and cached.
/// </summary>
public sealed partial class SectionHtml(BuildContext context)
{
    readonly ConcurrentDictionary<(PlanSection, string, string, int), string> cache = new();
    readonly ConcurrentDictionary<string, PlanMarkdown> renderers = new(StringComparer.Ordinal);

    /// <summary>The section's HTML for the page at <paramref name="pageUrl"/> (in the page's language).</summary>
    public string For(PlanSection section, string language, string pageUrl) => For(section, [], language, pageUrl);

    /// <summary>The HTML of some parts of a section (headings inside it with what is under them); all of it when none are named.</summary>
    public string For(PlanSection section, IReadOnlyList<string> parts, string language, string pageUrl)
    {
        var depth = pageUrl.Trim('/').Split('/').Length;
        return cache.GetOrAdd((section, string.Join(' ', parts), language, depth), _ => Render(section, BlocksOf(section, parts), language, pageUrl));
    }

    /// <summary>The blocks of the named parts, in order, each once (a part inside an earlier one is already there).</summary>
    static IReadOnlyList<Markdig.Syntax.Block> BlocksOf(PlanSection section, IReadOnlyList<string> parts)
    {
        if (parts.Count == 0) return section.Blocks;
        var blocks = new List<Markdig.Syntax.Block>();
        foreach (var part in parts)
            foreach (var block in section.BlocksUnder(part))
                if (!blocks.Contains(block)) blocks.Add(block);
        return blocks;
    }

    /// <summary>The id prefix of a plan's passages on such pages.</summary>
    public static string Prefix(Content.Plan plan) => $"{plan.Place.Slug}-{plan.Slug}-";

    string Render(PlanSection section, IReadOnlyList<Markdig.Syntax.Block> blocks, string language, string pageUrl)
    {
        var renderer = renderers.GetOrAdd(language, l => RenderPlanTexts.Renderer(context, l, explanations: false));
        var html = renderer.Render(blocks, pageUrl);
        var prefix = Prefix(section.Plan);
        var passages = context.Plans[section.Plan.Id].Document.Passages;
        // The HTML comes from our own renderers, which escape every quote in text (&quot;), so these
        // attribute patterns cannot occur inside text.
        html = Pilcrow().Replace(html, m => !passages.TryGetValue(m.Groups[2].Value, out var passage)
            ? throw new InvalidOperationException($"¶ link to unknown passage #{m.Groups[2].Value} in {section}")
            : passage.Kind != "heading" ? ""
            : m.Groups[1].Value + $"href=\"{SiteUrls.Relative(pageUrl, SiteUrls.InLanguage(PlanUrls.Passage(section.Plan, passage), language))}\"" + m.Groups[3].Value);
        html = PassageId().Replace(html, "<$1>");
        return IdReference().Replace(html, m => $"{m.Groups[1].Value}=\"{prefix}{m.Groups[2].Value}\"");
    }

    [GeneratedRegex("(<a class=\"pilcrow\" )href=\"#([^\"]+)\"([^>]*>¶</a>)")] private static partial Regex Pilcrow();
    /// <summary>The id of a paragraph or table row (they have no ¶ link here, and nothing links to them).</summary>
    [GeneratedRegex("<(p|tr) id=\"[^\"]+\">")] private static partial Regex PassageId();
    [GeneratedRegex("\\b(id|aria-describedby|aria-labelledby)=\"([^\"]+)\"")] private static partial Regex IdReference();
}
