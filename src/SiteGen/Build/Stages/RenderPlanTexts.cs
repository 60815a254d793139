using SiteGen.Markup;
using SiteGen.Output;

namespace SiteGen.Build.Stages;

/// <summary>Parses each plan's Markdown once, anchors every passage, and renders its HTML per language.</summary>
public sealed class RenderPlanTexts : IBuildStage
{
    public void Run(BuildContext context)
    {
        var renderers = context.Languages.ToDictionary(l => l, l => Renderer(context, l));
        var parser = renderers[context.Languages[0]];
        var results = InOrder.Map(context.Content.Plans.ToList(), plan =>
        {
            var markdown = parser.Parse(plan.Text.Markdown);
            var document = AssignAnchors.Run(plan, markdown, plan.Text.Path, plan.Text.BodyLine);
            var html = renderers.ToDictionary(r => r.Key, r => new RenderedText(
                r.Value.Render(document.Front, SiteUrls.InLanguage(PlanUrls.Plan(plan), r.Key)),
                document.Chapters.ToDictionary(c => c.Id, c => r.Value.Render(c.Blocks, SiteUrls.InLanguage(PlanUrls.Chapter(plan, c.Id), r.Key)))));
            return new RenderedPlan { Document = document, Html = html };
        });
        foreach (var plan in results) context.Plans[plan.Document.Plan.Id] = plan;
        context.Log.Info($"  {results.Sum(p => p.Document.PassageList.Count)} passages anchored");
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
