using SiteGen.Markup;
using SiteGen.Output;

namespace SiteGen.Build.Stages;

/// <summary>
/// Parses each plan's Markdown once, anchors every passage, and renders its HTML per language, in
/// parallel. A plan whose Markdown and the words rendered around it (¶ labels, editor's note label, the
/// glossary terms it links) did not change since the last build keeps its parse and HTML.
/// </summary>
public sealed class RenderPlanTexts : IBuildStage
{
    public void Run(BuildContext context)
    {
        var cache = context.Cache;
        var renderers = context.Languages.ToDictionary(l => l, l => Renderer(context, l));
        var parser = renderers[context.Languages[0]];
        // What the HTML depends on besides the Markdown: the labels and the term links of each language.
        var labels = string.Join("\u0001", renderers.Select(r => r.Key + ":" + r.Value.Options.Labels))
            + "\u0001" + string.Join("\u0001", context.TermTargets.Select(t => $"{t.Kind}|{t.Id}|{t.Url}|{t.Name.Zh}|{t.Name.En}|{t.Explanation.Zh}|{t.Explanation.En}|{string.Join(",", t.Forms)}"));
        var plans = context.Content.Plans.ToList();
        var done = 0;
        var results = InOrder.Map(plans, plan =>
        {
            context.Log.Progress("RenderPlanTexts", Interlocked.Increment(ref done), plans.Count);
            BuildCache.CachedPlan? known;
            lock (cache) cache.Plans.TryGetValue(plan.Id, out known);
            if (known is not null && known.Labels == labels && known.Markdown == plan.Text.Markdown)
                return known with { Plan = known.Plan.WithPlan(plan) };
            try
            {
                var markdown = parser.Parse(plan.Text.Markdown);
                var document = AssignAnchors.Run(plan, markdown, plan.Text.Path, plan.Text.BodyLine);
                var html = renderers.ToDictionary(r => r.Key, r => new RenderedText(
                    r.Value.Render(document.Front, SiteUrls.InLanguage(PlanUrls.Plan(plan), r.Key)),
                    document.Chapters.ToDictionary(c => c.Id, c => r.Value.Render(c.Blocks, SiteUrls.InLanguage(PlanUrls.Chapter(plan, c.Id), r.Key)))));
                return new BuildCache.CachedPlan(plan.Text.Markdown, labels, new RenderedPlan { Document = document, Html = html }, cache.NextVersion());
            }
            catch (Exception e) when (PlanMarkdown.IsNestingError(e))
            {
                throw PlanMarkdown.NestingError(plan.Text.Markdown, plan.Text.Path, plan.Text.BodyLine, e);
            }
        });
        cache.PlansRendered = results.Count(r => !(cache.Plans.TryGetValue(r.Plan.Document.Plan.Id, out var old) && old.Version == r.Version));
        cache.Plans.Clear();
        foreach (var result in results)
        {
            context.Plans[result.Plan.Document.Plan.Id] = result.Plan;
            cache.Plans[result.Plan.Document.Plan.Id] = result;
        }
        context.Log.Count("passages", results.Sum(p => p.Plan.Document.PassageList.Count));
    }

    /// <summary>The plan text renderer of a language: labels in that language, and the terms to link (LoadGlossary).</summary>
    /// <param name="explanations">False leaves out the hover explanations of term links (side-by-side pages).</param>
    public static PlanMarkdown Renderer(BuildContext context, string language, bool explanations = true) =>
        new(new PlanRenderOptions(language, Labels(context, language)) { Terms = context.TermTargets, TermExplanations = explanations });

    static PlanRenderLabels Labels(BuildContext context, string language) => new(
        context.Translations.Get(language, "text.editors_note"),
        context.Translations.Get(language, "text.link_to_passage"),
        context.Translations.Get(language, "text.table_scrolls"));
}
