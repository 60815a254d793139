using SiteGen.Markup;

namespace SiteGen.Topics;

/// <summary>
/// The rules of content/topics.yaml applied to one section: a topic's heading word in the section's
/// heading or in a heading inside it tags the section; so do enough occurrences of the topic's text
/// words in its paragraphs and table rows. A section tagged by its text in a chapter whose heading
/// names the topic (第一节 开展多污染物协同控制 in 第五章 …改善大气环境) is about the topic too, and its
/// evidence says so. Where only headings inside the section name the topic (its 1., 2. …), the match
/// lists them: those parts of the section are what is about the topic. Returns each topic found, in
/// catalog order.
/// </summary>
public static class TopicRules
{
    /// <summary>How the evidence of the text rule starts.</summary>
    public const string TextEvidence = "text ";

    /// <param name="Parts">Ids of the headings inside the section that name the topic, when its own heading does not.</param>
    public sealed record Match(TopicDefinition Topic, string Evidence, IReadOnlyList<string> Parts);

    public static IReadOnlyList<Match> Apply(TopicCatalog catalog, PlanSection section)
    {
        var headings = new[] { section.Title }.Concat(section.Subheadings.Select(p => p.Text)).Where(h => h.Length > 0).ToList();
        var body = string.Join("\n", section.Body.Select(p => p.Text));
        var found = new List<Match>();
        foreach (var topic in catalog.Topics)
        {
            var ownHeadings = headings.Select(h => Blank(h, topic.Except)).ToList();
            var ownBody = Blank(body, topic.Except);
            var inHeading = topic.Heading.FirstOrDefault(word => ownHeadings.Any(h => h.Contains(word, StringComparison.Ordinal)));
            if (inHeading is not null)
            {
                bool Names(string heading) => topic.Heading.Any(word => Blank(heading, topic.Except).Contains(word, StringComparison.Ordinal));
                var parts = Names(section.Title) ? [] : section.Subheadings.Where(h => Names(h.Text)).Select(h => h.Id).ToList();
                found.Add(new Match(topic, $"heading “{inHeading}”", parts));
                continue;
            }
            var counts = topic.Text.Select(word => (word, n: Count(ownBody, word))).Where(x => x.n > 0).ToList();
            var total = counts.Sum(x => x.n);
            if (total >= topic.MinText)
            {
                var text = string.Join(" ", counts.OrderByDescending(x => x.n).Select(x => $"{x.word}×{x.n}"));
                var chapter = section.Level == 3 && section.ChapterTitle is { } title
                    ? topic.Heading.FirstOrDefault(word => Blank(title, topic.Except).Contains(word, StringComparison.Ordinal)) : null;
                found.Add(new Match(topic, chapter is null ? TextEvidence + text : $"chapter heading “{chapter}”, text {text}", []));
            }
        }
        return found;
    }

    static string Blank(string text, List<string> words)
    {
        foreach (var word in words) text = text.Replace(word, new string('□', word.Length), StringComparison.Ordinal);
        return text;
    }

    /// <summary>Non-overlapping occurrences of a word.</summary>
    public static int Count(string text, string word)
    {
        var n = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
