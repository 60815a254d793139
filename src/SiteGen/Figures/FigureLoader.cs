using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Markup;

namespace SiteGen.Figures;

/// <summary>
/// Reads content/indicators.yaml and each place's figures.yaml and proves every citation against the
/// plan texts: the quote occurs verbatim in the passage (or table row), the value occurs once in the
/// quote (or in the named column), the metric, unit, binding and deadline words occur in the passage,
/// and departments occur in the passage or its task-list row. Any failure is a
/// <see cref="ContentException"/> naming the YAML file and line.
/// </summary>
public sealed class FigureLoader(ProjectPaths paths, ContentSet content, IReadOnlyDictionary<string, RenderedPlan> plans)
{
    public const string CatalogFile = "indicators.yaml";
    public const string FiguresFile = "figures.yaml";
    static readonly string[] Bindings = ["约束性", "预期性"];
    static readonly string[] Directions = ["higher", "lower", "none"];

    readonly Dictionary<string, PlanPassages> passages = new(StringComparer.Ordinal);

    public FigureSet Load()
    {
        var catalog = LoadCatalog();
        foreach (var plan in content.Plans) PassagesOf(plan);
        var figures = new List<Figure>();
        var ignored = new List<IgnoredOccurrence>();
        foreach (var place in content.Places)
        {
            var file = Path.Combine(paths.Places, place.Slug, FiguresFile);
            if (!File.Exists(file)) continue;
            var data = YamlReader.ReadShared<FigureFile>(file, paths.Display(file));
            figures.AddRange(ReadFigures(place, data, catalog));
            ignored.AddRange(ReadIgnored(place, data));
        }
        var order = content.Places.SelectMany(p => p.Plans).Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var sorted = figures
            .Select((f, i) => (f, i))
            .OrderBy(x => order[x.f.Plan.Id]).ThenBy(x => PassagesOf(x.f.Plan).Position(x.f.Passage)).ThenBy(x => x.i)
            .Select(x => x.f).ToList();
        return new FigureSet { Catalog = catalog, All = sorted, Ignored = ignored, Texts = passages };
    }

    /// <summary>The passages of a plan as quotes are checked against (shared with the coverage check).</summary>
    public PlanPassages PassagesOf(Plan plan)
    {
        if (!passages.TryGetValue(plan.Id, out var p)) passages[plan.Id] = p = new PlanPassages(plans[plan.Id]);
        return p;
    }

    IndicatorCatalog LoadCatalog()
    {
        var file = Path.Combine(paths.Content, CatalogFile);
        var catalog = YamlReader.ReadShared<IndicatorCatalog>(file, paths.Display(file));
        var topics = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in catalog.Topics)
        {
            if (topic.Id.Length == 0 || topic.Name.Zh.Length == 0 || topic.Name.En.Length == 0)
                throw new ContentException(topic.Location, "a topic needs an id and a name in zh and en");
            if (!topics.Add(topic.Id)) throw new ContentException(topic.Location, $"topic '{topic.Id}' is defined twice");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in catalog.Indicators)
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(indicator.Id, "^[a-z0-9]+(-[a-z0-9]+)*$"))
                throw new ContentException(indicator.Location, $"indicator id '{indicator.Id}' must be lower-case words joined by '-'", "it becomes the page URL /indicators/<id>/");
            if (!ids.Add(indicator.Id)) throw new ContentException(indicator.Location, $"indicator '{indicator.Id}' is defined twice");
            if (indicator.Name.Zh.Length == 0 || indicator.Name.En.Length == 0)
                throw new ContentException(indicator.Location, $"indicator '{indicator.Id}' needs a name in zh and en");
            if (indicator.Definition.Zh.Length == 0 || indicator.Definition.En.Length == 0)
                throw new ContentException(indicator.Location, $"indicator '{indicator.Id}' needs a plain definition in zh and en");
            if (!topics.Contains(indicator.Topic))
                throw new ContentException(indicator.Location, $"indicator '{indicator.Id}' names unknown topic '{indicator.Topic}'", $"topics: {string.Join(", ", topics)}");
            if (!Directions.Contains(indicator.Better))
                throw new ContentException(indicator.Location, $"better: '{indicator.Better}' must be higher, lower or none");
            if (indicator.Unit is not null) indicator.Unit = Units.Normalize(indicator.Unit);
            foreach (var caveat in indicator.Caveats)
            {
                if (caveat.Zh.Length == 0 || caveat.En.Length == 0)
                    throw new ContentException(caveat.Location, "a caveat needs zh and en");
                if (caveat.Place is not null && content.FindPlace(caveat.Place) is null)
                    throw new ContentException(caveat.Location, $"caveat names unknown place '{caveat.Place}'");
            }
        }
        return catalog;
    }

    IEnumerable<Figure> ReadFigures(Place place, FigureFile file, IndicatorCatalog catalog)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        List<string>? defaultLead = null;
        Passage? defaultLeadAt = null;
        if (file.Responsible is { } responsible)
        {
            var plan = PlanOf(place, file.Plan, responsible.Location);
            defaultLeadAt = PassagesOf(plan).Find(responsible.At)
                ?? throw new ContentException(responsible.Location, $"responsible: no passage '#{responsible.At}' in {plan.Id}");
            foreach (var name in responsible.Lead)
                if (!defaultLeadAt.Text.Contains(name, StringComparison.Ordinal))
                    throw new ContentException(responsible.Location, $"lead '{name}' does not occur in #{responsible.At}", "name departments exactly as the plan does");
            defaultLead = responsible.Lead;
        }
        var perPassage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in file.Quotes)
        {
            var plan = PlanOf(place, group.Plan ?? file.Plan, group.Location);
            var texts = PassagesOf(plan);
            var (passage, quote) = Locate(texts, group);
            var text = texts.TextOf(passage);
            var row = texts.Rows.Find(passage.Id);
            Passage? task = null;
            if (group.Task is not null)
            {
                task = texts.Find(group.Task) ?? throw new ContentException(group.Location, $"task: no passage '#{group.Task}' in {plan.Id}",
                    "name the anchor of the task-list row, e.g. annex-t1-r3");
            }
            var also = new List<Passage>();
            foreach (var anchor in group.Also)
                also.Add(texts.Find(anchor) ?? throw new ContentException(group.Location, $"also: no passage '#{anchor}' in {plan.Id}"));
            if (group.Figures.Count == 0)
                throw new ContentException(group.Location, "the quote lists no figures", "add 'figures:' with at least one entry, or move the words to 'ignore:'");

            foreach (var entry in group.Figures)
            {
                var at = entry.Location;
                // An error is reported where the faulty field is written: on the figure, or on its quote group.
                SourceLocation Of(object? onEntry) => onEntry is not null ? entry.Location : group.Location;
                string Need(string? value, string field) =>
                    value ?? throw new ContentException(at, $"the figure has no {field}", $"give '{field}:' on the figure or on its quote");

                var metric = Need(entry.Metric ?? group.Metric, "metric");
                if (!text.Contains(metric, StringComparison.Ordinal))
                    throw new ContentException(Of(entry.Metric), $"metric '{metric}' does not occur in #{passage.Id}", "write the metric as the plan words it");
                var kind = Need(entry.Kind ?? group.Kind, "kind") switch
                {
                    "baseline" => FigureKind.Baseline,
                    "achievement" => FigureKind.Achievement,
                    "target" => FigureKind.Target,
                    var other => throw new ContentException(Of(entry.Kind), $"kind '{other}' is not baseline, achievement or target"),
                };
                var written = Need(entry.Value ?? group.Value, "value");
                var column = entry.Column ?? group.Column;
                FigureValue value;
                try { value = ValueParser.Parse(written); }
                catch (FormatException e) { throw new ContentException(Of(entry.Value), e.Message); }

                if (column is not null)
                {
                    if (row is null) throw new ContentException(Of(entry.Column), $"column: '{column}' but #{passage.Id} is not a table row");
                    var cell = row.Column(column) ?? throw new ContentException(Of(entry.Column), $"row #{passage.Id} has no column '{column}'",
                        $"columns: {string.Join(", ", row.Cells.Select(c => c.Header).Distinct())}");
                    if (Count(cell.Text, written) != 1)
                        throw new ContentException(Of(entry.Value), $"value '{written}' does not occur once in column '{column}' of #{passage.Id} (it reads '{cell.Text}')");
                }
                else if (Count(quote, written) != 1)
                    throw new ContentException(Count(quote, written) == 0 ? Of(entry.Value) : group.Location, Count(quote, written) == 0
                        ? $"value '{written}' does not occur in the quote"
                        : $"value '{written}' occurs {Count(quote, written)} times in the quote", "quote fewer words, so that the value occurs exactly once");

                // A table row's unit (its "(%)" label) applies to its numbers, not to a qualitative target in it.
                var unit = entry.Unit ?? (value.IsQualitative ? null : group.Unit);
                if (unit is not null)
                {
                    if (value.Unit is not null) throw new ContentException(Of(entry.Unit), $"unit '{unit}' given, but the value '{written}' has its own unit '{value.Unit}'");
                    if (value.IsQualitative) throw new ContentException(Of(entry.Unit), $"unit '{unit}' given for the qualitative value '{written}'");
                    if (!text.Contains(unit, StringComparison.Ordinal)) throw new ContentException(Of(entry.Unit), $"unit '{unit}' does not occur in #{passage.Id}");
                    value = value with { Unit = Units.Normalize(unit) };
                }
                var comparator = entry.Comparator ?? group.Comparator;
                if (comparator is not null)
                {
                    if (!ValueParser.Symbols.Contains(comparator))
                        throw new ContentException(Of(entry.Comparator), $"comparator '{comparator}' is not one of {string.Join(" ", ValueParser.Symbols)}");
                    if (value.Comparator is not null && value.Comparator != comparator)
                        throw new ContentException(Of(entry.Comparator), $"comparator '{comparator}' contradicts the value '{written}', which states {value.Comparator}");
                    if (!ValueParser.WordsFor(comparator).Any(w => quote.Contains(w, StringComparison.Ordinal)))
                        throw new ContentException(Of(entry.Comparator), $"comparator '{comparator}' is not stated in the quote",
                            $"the quote needs one of: {string.Join(" ", ValueParser.WordsFor(comparator))}");
                    value = value with { Comparator = comparator };
                }
                if ((entry.Aspirational ?? group.Aspirational) == true)
                {
                    if (!quote.Contains("力争", StringComparison.Ordinal)) throw new ContentException(Of(entry.Aspirational), "aspirational: true, but the quote does not say 力争");
                    value = value with { Aspirational = true };
                }

                var binding = entry.Binding ?? group.Binding;
                if (binding is not null && (!Bindings.Contains(binding) || !text.Contains(binding, StringComparison.Ordinal)))
                    throw new ContentException(Of(entry.Binding), $"binding '{binding}' must be 约束性 or 预期性 and occur in #{passage.Id}");
                var when = entry.When ?? group.When;
                if (when is not null && !text.Contains(when, StringComparison.Ordinal) && !(column?.Contains(when, StringComparison.Ordinal) ?? false))
                    throw new ContentException(Of(entry.When), $"when: '{when}' does not occur in #{passage.Id}", "write the year or deadline as the plan does, or leave it out");
                var year = entry.Year ?? group.Year;
                if (year is < 1990 or > 2100) throw new ContentException(Of(entry.Year), $"year {year} is out of range");

                Indicator? indicator = null;
                var indicatorId = entry.Indicator ?? group.Indicator;
                if (indicatorId is not null)
                {
                    indicator = catalog.FindIndicator(indicatorId) ?? throw new ContentException(Of(entry.Indicator), $"unknown indicator '{indicatorId}'",
                        $"indicators are defined in content/{CatalogFile}");
                    if (indicator.Unit is not null && value.Unit is not null && value.Unit != indicator.Unit)
                        throw new ContentException(Of(entry.Value), $"the value's unit '{value.Unit}' differs from indicator '{indicator.Id}' ({indicator.Unit})",
                            "use a place-specific metric (no indicator) for figures in another unit");
                }

                var topicId = entry.Topic ?? indicator?.Topic ?? group.Topic
                    ?? throw new ContentException(at, "the figure has neither an indicator nor a topic", $"give 'topic:' ({string.Join(", ", catalog.Topics.Select(t => t.Id))})");
                if (entry.Topic is not null && indicator is not null && entry.Topic != indicator.Topic)
                    throw new ContentException(at, $"topic '{entry.Topic}' differs from indicator '{indicator.Id}' ({indicator.Topic})");
                var topic = catalog.FindTopic(topicId) ?? throw new ContentException(at, $"unknown topic '{topicId}'",
                    $"topics: {string.Join(", ", catalog.Topics.Select(t => t.Id))}");

                var unitsText = task is null ? text : texts.TextOf(task) + "\n" + text;
                List<string> Named(List<string>? names, string field, SourceLocation where)
                {
                    foreach (var name in names ?? [])
                        if (!unitsText.Contains(name, StringComparison.Ordinal))
                            throw new ContentException(where, $"{field} '{name}' does not occur in #{passage.Id}{(task is null ? "" : " or its task row #" + task.Id)}",
                                "name departments exactly as the plan does");
                    return names ?? [];
                }
                var lead = Named(entry.Lead ?? group.Lead, "lead", Of(entry.Lead));
                var leadAt = (Passage?)null;
                if (lead.Count == 0 && defaultLead is not null && (group.Plan ?? file.Plan) == file.Plan) { lead = defaultLead; leadAt = defaultLeadAt; }
                var support = Named(entry.Support ?? group.Support, "support", Of(entry.Support));
                var supervisors = Named(entry.Supervisors ?? group.Supervisors, "supervisors", Of(entry.Supervisors));
                var deadline = entry.Deadline ?? group.Deadline;
                if (deadline is not null) Named([deadline], "deadline", Of(entry.Deadline));

                foreach (var other in also)
                    foreach (var token in NumberScanner.Scan(written))
                        if (!other.Text.Contains(token.Text, StringComparison.Ordinal))
                            throw new ContentException(at, $"also: #{other.Id} does not state '{token.Text}'", "list only passages that restate the figure");

                var key = $"{plan.Id}#{passage.Id}|{column}|{quote}|{written}|{kind}|{metric}|{year}|{entry.Scope ?? group.Scope}";
                if (seen.TryGetValue(key, out var first))
                    throw new ContentException(at, $"the same figure is listed twice (also at line {first.Line})");
                seen[key] = at;

                var note = entry.Note ?? group.Note;
                if (note is not null && note.Zh.Length == 0) throw new ContentException(at, "note: needs zh (and en)");
                var number = perPassage[plan.Id + "#" + passage.Id] = perPassage.GetValueOrDefault(plan.Id + "#" + passage.Id) + 1;
                yield return new Figure
                {
                    Id = $"{place.Slug}-{plan.Slug}-{passage.Id}-{number}",
                    Place = place, Plan = plan, Passage = passage, PassageUrl = PlanUrls.Passage(plan, passage),
                    Indicator = indicator, Topic = topic,
                    Metric = metric, Kind = kind, Year = year, When = when, Value = value,
                    Binding = binding, Scope = entry.Scope ?? group.Scope, Quote = quote, Column = column,
                    Task = task, TaskUrl = task is null ? null : PlanUrls.Passage(plan, task),
                    Also = also.Select(p => (p, PlanUrls.Passage(plan, p))).ToList(),
                    LeadSource = leadAt, LeadSourceUrl = leadAt is null ? null : PlanUrls.Passage(plan, leadAt),
                    Lead = lead, Support = support, Supervisors = supervisors, Deadline = deadline,
                    Notes = NotesOf(passage, text, quote, note),
                    Location = at,
                };
            }
        }
    }

    /// <summary>The passage a quote group cites, and its quote (a table row's text when the group gives none).</summary>
    static (Passage Passage, string Quote) Locate(PlanPassages texts, QuoteGroup group)
    {
        var plan = texts.Plan;
        if (group.At is not null)
        {
            var passage = texts.Find(group.At) ?? throw new ContentException(group.Location, $"at: no passage '#{group.At}' in {plan.Id}",
                "anchors look like ch3-s2-1-p4 (a paragraph) or ch2-s3-t1-r5 (a table row); see the ¶ links on the plan's pages");
            var text = texts.TextOf(passage);
            if (group.Quote is null)
            {
                if (texts.Rows.Find(passage.Id) is null) throw new ContentException(group.Location, "the group has no quote", "quote the plan's words; only a table row may stand without one");
                return (passage, text);
            }
            if (!text.Contains(group.Quote, StringComparison.Ordinal))
                throw new ContentException(group.Location, $"the quote does not occur in #{group.At} of {plan.Id}: '{Short(group.Quote)}'",
                    $"#{group.At} reads: '{Short(text)}'");
            return (passage, group.Quote);
        }
        if (group.Quote is null) throw new ContentException(group.Location, "the group has neither quote nor at", "quote the plan's words verbatim");
        var holding = texts.Holding(group.Quote);
        // A plan's task list restates its text: a quote that names its task row (or restating passages)
        // cites the text, and the task row is where the units and deadline come from.
        if (holding.Count > 1 && (group.Task is not null || group.Also.Count > 0))
            holding = holding.Where(p => p.Id != group.Task && !group.Also.Contains(p.Id)).ToList();
        if (holding.Count == 1) return (holding[0], group.Quote);
        if (holding.Count > 1)
            throw new ContentException(group.Location, $"the quote occurs in {holding.Count} passages of {plan.Id} ({string.Join(", ", holding.Select(p => "#" + p.Id))})",
                "add 'at:' with the anchor of the one you mean");
        var (found, where) = texts.LongestStart(group.Quote);
        throw new ContentException(group.Location, $"the quote does not occur in {plan.Id} ({plan.Text.Path}): '{Short(group.Quote)}'",
            found.Length == 0 ? "copy the words from the plan's text exactly" : $"the text matches up to '{Short(found)}' (in #{where!.Id}) and then differs");
    }

    IEnumerable<IgnoredOccurrence> ReadIgnored(Place place, FigureFile file)
    {
        foreach (var entry in file.Ignore)
        {
            var plan = PlanOf(place, entry.Plan ?? file.Plan, entry.Location);
            if (entry.Text.Length == 0 || entry.Reason.Length == 0)
                throw new ContentException(entry.Location, "an ignore entry needs text and reason");
            if (NumberScanner.Scan(entry.Text).Count == 0)
                throw new ContentException(entry.Location, $"'{entry.Text}' holds no number with a unit", "list only words that hold one");
            var texts = PassagesOf(plan);
            IEnumerable<Passage> scope = texts.InOrder;
            if (entry.At is not null)
                scope = [texts.Find(entry.At) ?? throw new ContentException(entry.Location, $"at: no passage '#{entry.At}' in {plan.Id}")];
            var found = 0;
            foreach (var passage in scope)
            {
                var text = passage.Text;
                for (var i = text.IndexOf(entry.Text, StringComparison.Ordinal); i >= 0; i = text.IndexOf(entry.Text, i + 1, StringComparison.Ordinal))
                {
                    found++;
                    yield return new IgnoredOccurrence(plan, passage.Id, i, entry.Text.Length, entry.Text, entry.Reason, entry.Location);
                }
            }
            if (found == 0)
                throw new ContentException(entry.Location, $"'{entry.Text}' does not occur in {plan.Id}{(entry.At is null ? "" : "#" + entry.At)}");
        }
    }

    static Plan PlanOf(Place place, string? slug, SourceLocation at)
    {
        if (slug is null)
        {
            if (place.Plans.Count == 1) return place.Plans[0];
            throw new ContentException(at, $"{place.Slug} has several plans; say which one",
                $"give 'plan:' on the file or the quote ({string.Join(", ", place.Plans.Select(p => p.Slug))})");
        }
        return place.Plans.FirstOrDefault(p => p.Slug == slug)
            ?? throw new ContentException(at, $"unknown plan '{slug}' of {place.Slug}", $"plans: {string.Join(", ", place.Plans.Select(p => p.Slug))}");
    }

    /// <summary>Editor's notes marked in the quoted words, then the figure's own note.</summary>
    static List<FigureNote> NotesOf(Passage passage, string text, string quote, LocalizedText? own)
    {
        var notes = new List<FigureNote>();
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        foreach (var note in passage.Notes)
        {
            for (var i = text.IndexOf(note.Marked, StringComparison.Ordinal); i >= 0; i = text.IndexOf(note.Marked, i + 1, StringComparison.Ordinal))
                if (i < start + quote.Length && i + note.Marked.Length > start)
                {
                    notes.Add(new FigureNote(note.Marked, note.Note, note.NoteEn));
                    break;
                }
        }
        if (own is not null) notes.Add(new FigureNote(null, own.Zh, own.En));
        return notes;
    }

    static int Count(string text, string words) => ValueSpans.Find(text, words).Count;

    static string Short(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
