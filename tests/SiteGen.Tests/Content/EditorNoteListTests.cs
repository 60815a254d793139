using System.Text.RegularExpressions;
using SiteGen.Markup;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>A plan's overview lists every editor's note its text carries, each linking to its passage.</summary>
public sealed partial class EditorNoteListTests
{
    [Fact]
    public void Given_each_plan_When_its_overview_is_built_Then_it_lists_every_editors_note_of_its_text()
    {
        var site = BuiltSite.Context;
        var total = 0;
        foreach (var plan in site.Content.Plans)
        {
            var inText = Note().Matches(plan.Text.Markdown).Count;
            var overview = BuiltSite.Page(SiteUrls.FileOf(PlanUrls.Plan(plan)));
            var listed = overview.QuerySelectorAll(".note-list li");
            Assert.True(inText == listed.Length, $"{plan.Id}: {inText} notes in the text, {listed.Length} listed");
            Assert.All(listed, li => Assert.NotNull(li.QuerySelector("a[href*='#'] mark.defect")));
            total += inText;
        }
        Assert.True(total > 0);
    }

    [GeneratedRegex(@"\{==.+?==\}\{>>")] private static partial Regex Note();
}
