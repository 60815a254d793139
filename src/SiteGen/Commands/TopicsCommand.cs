using System.CommandLine;
using SiteGen.Build;
using SiteGen.Build.Stages;
using SiteGen.Content;
using SiteGen.Topics;

namespace SiteGen.Commands;

/// <summary>
/// <c>sitegen topics</c>: lists every plan section with the topics the rules and overrides give it and
/// why, for reviewing content/topics.yaml and the places' topics.yaml. Sections without topic are listed
/// (not an error here) so that they can be reviewed.
/// </summary>
public static class TopicsCommand
{
    public static Command Create()
    {
        var place = new Option<string?>("--place") { Description = "Only this place's sections" };
        var command = new Command("topics", "List the topics of every plan section and the rule or override behind each") { place, Cli.RootOption };
        command.SetAction(parse =>
        {
            var paths = ProjectPaths.Find(parse.GetValue(Cli.RootOption));
            try
            {
                var context = new BuildContext(paths, new BuildLog(TextWriter.Null, quiet: true));
                IBuildStage[] stages = [new LoadContent(), new LoadTopics(), new LoadGlossary(), new RenderPlanTexts()];
                foreach (var stage in stages) stage.Run(context);
                var index = TopicTagger.Tag(context.TopicCatalog, context.Content, context.Plans,
                    TopicLoader.LoadOverrides(paths, context.Content), strict: false);
                Print(index, parse.GetValue(place), Console.Out);
                return 0;
            }
            catch (ContentException e)
            {
                Console.Error.WriteLine(e.Describe());
                return 1;
            }
        });
        return command;
    }

    static void Print(TopicIndex index, string? place, TextWriter output)
    {
        foreach (var tagged in index.Sections.Where(s => place is null || s.Section.Plan.Place.Slug == place))
        {
            var s = tagged.Section;
            var title = s.Title.Length > 0 ? s.Title : "(front)";
            output.WriteLine($"{s.Plan.Id}#{s.Id}\t{title}");
            foreach (var topic in tagged.Topics) output.WriteLine($"    {topic.Id,-10} {tagged.Evidence[topic.Id]}");
            if (tagged.Topics.Count == 0) output.WriteLine("    " + (tagged.Reason is null ? "NO TOPIC" : "none: " + tagged.Reason.Zh));
        }
        output.WriteLine();
        foreach (var topic in index.Catalog.Topics)
            output.WriteLine($"{topic.Id,-10} {index.Of(topic.Id).Count(),4} sections  " +
                string.Join("  ", index.Sections.GroupBy(x => x.Section.Plan.Place.Slug).Select(g => $"{g.Key} {g.Count(x => x.Has(topic.Id))}")));
        output.WriteLine($"without topic: {index.Untagged.Count()} of {index.Sections.Count}");
    }
}
