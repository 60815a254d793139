using SiteGen.Build;

namespace SiteGen.Content;

/// <summary>
/// Loads content/: site.yaml, each place's place.yaml, its plan records and texts, the raw sources and
/// the clutter lists. Checks every reference (place and plan slugs, source files, front matter) and
/// that the dates and numbers a record quotes occur in its source.
/// </summary>
public static class ContentLoader
{
    public static ContentSet Load(ProjectPaths paths)
    {
        var site = YamlReader.Read<SiteConfig>(Path.Combine(paths.Content, "site.yaml"), "content/site.yaml");
        if (!site.BaseUrl.EndsWith('/') || !Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out _))
            throw new ContentException(site.Location, $"base_url '{site.BaseUrl}' must be an absolute URL ending in '/'", "e.g. base_url: https://plans.example.org/");

        var sources = new Dictionary<string, RawSourceText>(StringComparer.Ordinal);
        var places = new List<Place>();
        foreach (var slug in site.Places)
        {
            var dir = Path.Combine(paths.Places, slug);
            var placeFile = Path.Combine(dir, "place.yaml");
            if (!File.Exists(placeFile))
                throw new ContentException(site.Location, $"unknown place '{slug}': {paths.Display(placeFile)} does not exist",
                    "site.yaml lists place slugs; each needs a folder content/places/<slug>/ with place.yaml");
            var place = YamlReader.Read<Place>(placeFile, paths.Display(placeFile));
            place.Slug = slug;
            var twice = place.PlanSlugs.GroupBy(s => s).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null)
                throw new ContentException(place.Location, $"plan '{twice.Key}' is listed twice in plans:", "list each plan of the place once");
            foreach (var planSlug in place.PlanSlugs)
                place.Plans.Add(LoadPlan(paths, place, planSlug, sources));
            if (place.Plans.Count == 0)
                throw new ContentException(place.Location, $"place '{slug}' lists no plans", "add 'plans: [<slug>]' to place.yaml");
            places.Add(place);
        }
        var duplicate = site.Places.GroupBy(s => s).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ContentException(site.Location, $"place '{duplicate.Key}' is listed twice", "list each place once under places:");

        foreach (var plan in places.SelectMany(p => p.Plans).Where(p => p.PartOf is not null))
            if (plan.Place.Plans.All(p => p.Slug != plan.PartOf))
                throw new ContentException(plan.Location, $"part_of names unknown plan '{plan.PartOf}' of {plan.Place.Slug}",
                    $"part_of names the slug of another plan of the same place: {string.Join(", ", plan.Place.PlanSlugs)}");

        return new ContentSet { Site = site, Places = places, Sources = sources };
    }

    static Plan LoadPlan(ProjectPaths paths, Place place, string slug, Dictionary<string, RawSourceText> sources)
    {
        var dir = Path.Combine(paths.Places, place.Slug);
        var recordFile = Path.Combine(dir, slug + ".yaml");
        if (!File.Exists(recordFile))
            throw new ContentException(place.Location, $"unknown plan '{slug}': {paths.Display(recordFile)} does not exist",
                "place.yaml lists plan slugs; each needs <slug>.yaml and <slug>.md beside it");
        var plan = YamlReader.Read<Plan>(recordFile, paths.Display(recordFile));
        plan.Slug = slug;
        plan.Place = place;
        if (plan.Title.Zh.Length == 0) throw new ContentException(plan.Location, "the plan record needs a title (zh)", "add title: { zh: …, en: … } as the source writes it");
        if (plan.Status is not ("final" or "draft"))
            throw new ContentException(plan.Location, $"status '{plan.Status}' is neither 'final' nor 'draft'", "write status: final, or status: draft for a 征求意见稿");

        var source = LoadSource(paths, plan, sources);
        foreach (var (field, value) in new[] { ("doc_number", plan.DocNumber), ("index_number", plan.IndexNumber), ("signed", plan.Signed), ("posted", plan.Posted) })
            if (value is not null && !source.NormalizedText.Contains(Normalized(value), StringComparison.Ordinal))
                throw new ContentException(plan.Location, $"{field} '{value}' does not occur in the source {source.Name}",
                    "record dates and numbers exactly as the source writes them");

        var textFile = Path.Combine(dir, slug + ".md");
        var display = paths.Display(textFile);
        var text = ContentFile.ReadText(textFile, display);
        var split = FrontMatter.Read(text, display);
        var front = YamlReader.Parse<PlanTextFrontMatter>(split.Yaml, display, split.YamlLine - 1);
        if (front.Plan != plan.Id)
            throw new ContentException(front.Location, $"front matter says plan '{front.Plan}' but the file belongs to '{plan.Id}'",
                "the front matter is written by sitegen import: re-run `sitegen import --place " + place.Slug + "`");
        if (front.Source != plan.Source)
            throw new ContentException(front.Location, $"front matter says source '{front.Source}' but the record says '{plan.Source}'",
                "the record and its import.yaml name the same source; fix one and re-run `sitegen import --place " + place.Slug + "`");
        var range = front.Lines.Split('-');
        if (range.Length is < 1 or > 2 || !range.All(r => int.TryParse(r, out var n) && n >= 1 && n <= source.Lines.Count))
            throw new ContentException(front.Location, $"front matter lines '{front.Lines}' are not a range of lines of {source.Name} (1-{source.Lines.Count})",
                "the front matter is written by sitegen import: re-run `sitegen import --place " + place.Slug + "`");
        plan.Text = new PlanText { Path = display, FrontMatter = front, Markdown = split.Body, BodyLine = split.BodyLine };
        return plan;
    }

    static RawSourceText LoadSource(ProjectPaths paths, Plan plan, Dictionary<string, RawSourceText> sources)
    {
        if (sources.TryGetValue(plan.Source, out var known)) return known;
        var file = Path.Combine(paths.Sources, plan.Source);
        if (plan.Source.Contains('/') || plan.Source.Contains('\\') || !File.Exists(file))
            throw new ContentException(plan.Location, $"source '{plan.Source}' not found in content/sources/",
                "copy the raw text, byte for byte, into content/sources/ and name it here");
        var text = ContentFile.ReadText(file, paths.Display(file));
        if (text.Length == 0)
            throw new ContentException(new SourceLocation(paths.Display(file), 1), "the source is empty",
                "content/sources/ holds each raw text byte for byte, as published; restore it (git checkout -- " + paths.Display(file) + ")");
        var droppedFile = Path.Combine(paths.Places, plan.Place.Slug, "dropped.yaml");
        var dropped = File.Exists(droppedFile) ? YamlReader.ReadShared<DroppedList>(droppedFile, paths.Display(droppedFile)).Dropped : [];
        var lines = text.Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0) lines = lines[..^1];
        var raw = new RawSourceText { Name = plan.Source, Path = file, Text = text, Lines = lines, Dropped = dropped };
        sources[plan.Source] = raw;
        return raw;
    }

    internal static string Normalized(string s)
    {
        var chars = new char[s.Length];
        var n = 0;
        foreach (var c in s)
            if (!char.IsWhiteSpace(c) && c != '\u00A0') chars[n++] = c;
        return new string(chars, 0, n);
    }
}
