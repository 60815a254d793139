using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Tests.Support;

/// <summary>
/// Generates damaged versions of the project's content, template and source files, each of which the
/// build must refuse: YAML syntax errors, wrong types, unknown fields and ids, duplicate keys and ids,
/// record numbers and dates that are not in the source, broken front matter, invalid UTF-8, a BOM, CRLF,
/// a 5 MB line, empty files, deeply nested YAML and Markdown, and template errors. Positions are drawn
/// from a seeded random generator, so the set is the same on every run.
/// </summary>
public static partial class ContentMutations
{
    public sealed record Mutation(string Kind, string File, byte[] Bytes)
    {
        public override string ToString() => $"{Kind} in {File}";
    }

    static readonly UTF8Encoding Utf8 = new(false);

    public static List<Mutation> For(string root, int seed = 7)
    {
        var random = new Random(seed);
        var list = new List<Mutation>();
        string Read(string file) => File.ReadAllText(Path.Combine(root, file));
        IEnumerable<string> Files(string dir, string pattern) =>
            Directory.EnumerateFiles(Path.Combine(root, dir), pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'));
        // A rule that finds nothing to damage in a file (a plan record rule on a topics file) adds nothing.
        void Add(string kind, string file, string text)
        {
            if (text != Read(file)) list.Add(new Mutation(kind, file, Utf8.GetBytes(text)));
        }

        var yaml = new List<string> { "content/site.yaml" };
        foreach (var shared in new[] { "indicators.yaml", "topics.yaml", "glossary.yaml", "chapter-alignment.yaml" })
            if (File.Exists(Path.Combine(root, "content", shared))) yaml.Add("content/" + shared);
        yaml.AddRange(Files("content/places", "*.yaml").Where(f => !f.EndsWith("/import.yaml", StringComparison.Ordinal)));
        yaml.AddRange(Files("templates/i18n", "*.yaml"));
        var markdown = Files("content/places", "*.md").ToList();
        var templates = Files("templates", "*.scriban-html").ToList();
        var sources = Files("content/sources", "*.txt").ToList();

        foreach (var file in yaml)
        {
            var text = Read(file);
            var lines = text.Split('\n');
            for (var i = 0; i < 4; i++)
            {
                Add("yaml syntax: unclosed flow sequence", file, InsertLine(lines, random.Next(lines.Length), "broken: [unclosed, flow"));
                Add("yaml syntax: tab indentation", file, InsertLine(lines, random.Next(lines.Length), "\tbroken: tab"));
                Add("yaml syntax: unterminated quote", file, InsertLine(lines, random.Next(lines.Length), "broken: \"unterminated"));
                Add("yaml syntax: stray mapping", file, InsertLine(lines, random.Next(lines.Length), "broken: : value"));
            }
            var values = Enumerable.Range(0, lines.Length).Where(i => KeyValue().IsMatch(lines[i])).ToList();
            foreach (var i in values.OrderBy(_ => random.Next()).Take(5))
            {
                var copy = (string[])lines.Clone();
                copy[i] = KeyValue().Replace(copy[i], "${key}: { wrong: [type] }");
                Add("wrong type", file, string.Join('\n', copy));
            }
            var topKeys = Enumerable.Range(0, lines.Length).Where(i => TopKey().IsMatch(lines[i])).ToList();
            if (topKeys.Count > 0)
            {
                var k = topKeys[random.Next(topKeys.Count)];
                Add("duplicate key", file, InsertLine(lines, k + 1, lines[k]));
            }
            Add("unknown field", file, text + "no_such_field: 1\n");
            Add("deeply nested YAML", file, text + "deep: " + new string('[', 5000) + new string(']', 5000) + "\n");
            AddEncodingDamage(list, file, text, random);
        }

        foreach (var file in markdown)
        {
            var text = Read(file);
            var lines = text.Split('\n');
            var bodyStart = Array.IndexOf(lines, "---", 1) + 1;
            Add("front matter: no opening ---", file, text[4..]);
            Add("front matter: not closed", file, ReplaceFirst(text, "\n---\n", "\n--\n"));
            Add("front matter: another plan's id", file, PlanLine().Replace(text, "plan: nowhere/no-plan", 1));
            Add("front matter: unknown source", file, SourceLine().Replace(text, "source: 999_missing.txt", 1));
            Add("front matter: unknown field", file, ReplaceFirst(text, "---\n", "---\nno_such_field: 1\n"));
            Add("front matter: YAML syntax", file, ReplaceFirst(text, "---\n", "---\nbroken: [unclosed\n"));
            var headings = Enumerable.Range(bodyStart, lines.Length - bodyStart).Where(i => NumberedHeading().IsMatch(lines[i])).ToList();
            foreach (var i in headings.OrderBy(_ => random.Next()).Take(4))
                Add("duplicate anchor (heading repeated)", file, InsertLine(lines, i + 1, "\n" + lines[i]));
            var blanks = Enumerable.Range(bodyStart, lines.Length - bodyStart).Where(i => lines[i].Length == 0).ToList();
            if (blanks.Count > 0)
            {
                for (var i = 0; i < 3; i++)
                    Add("list in plan text", file, InsertLine(lines, blanks[random.Next(blanks.Count)], "\n- 列表项\n- 列表项"));
                for (var i = 0; i < 2; i++)
                    Add("block quote in plan text", file, InsertLine(lines, blanks[random.Next(blanks.Count)], "\n> 引用的文字"));
                Add("deeply nested Markdown (block quotes)", file, InsertLine(lines, blanks[random.Next(blanks.Count)], "\n" + new string('>', 10000) + " 深"));
                Add("deeply nested Markdown (emphasis)", file, InsertLine(lines, blanks[random.Next(blanks.Count)], "\n" + new string('*', 4000) + "深" + new string('*', 4000)));
            }
            AddEncodingDamage(list, file, text, random);
        }

        foreach (var file in templates)
        {
            var text = Read(file);
            var lines = text.Split('\n');
            var safe = TopLevelLines(lines);
            string[] errors =
            [
                "{{ no_such_variable }}", "{{ if }}", "{{ for item in }}", "{{ page.no_such_member }}",
                "{{ include 'partials/no-such-partial' }}", "{{ no_such_function 1 2 }}", "{{ 1 + }}", "{{ end }}",
            ];
            foreach (var error in errors)
                for (var i = 0; i < 2; i++)
                    Add($"template error {error}", file, InsertLine(lines, safe[random.Next(safe.Count)], error));
            Add("template: block without end", file, InsertLine(lines, safe[random.Next(safe.Count)], "{{ if site.title }}"));
            AddEncodingDamage(list, file, text, random);
        }

        foreach (var file in sources) AddEncodingDamage(list, file, Read(file), random);

        // Unknown and duplicate ids, and record values the source does not hold (the "quotes not in the text" of records).
        var site = Read("content/site.yaml");
        Add("unknown place id", "content/site.yaml", ReplaceFirst(site, "places: [", "places: [no-such-place, "));
        Add("duplicate place id", "content/site.yaml", ReplaceFirst(site, "places: [hohhot,", "places: [hohhot, hohhot,"));
        foreach (var place in Files("content/places", "place.yaml"))
        {
            var text = Read(place);
            Add("unknown plan id", place, ReplaceFirst(text, "plans: [", "plans: [no-such-plan, "));
            var first = PlansList().Match(text).Groups[1].Value.Split(',')[0].Trim();
            Add("duplicate plan id", place, ReplaceFirst(text, "plans: [", $"plans: [{first}, "));
        }
        foreach (var record in yaml.Where(f => f.StartsWith("content/places/", StringComparison.Ordinal)
                     && !f.EndsWith("/place.yaml", StringComparison.Ordinal) && !f.EndsWith("/dropped.yaml", StringComparison.Ordinal) && !f.EndsWith("/figures.yaml", StringComparison.Ordinal)))
        {
            var text = Read(record);
            Add("unknown part_of id", record, text + "part_of: no-such-plan\n");
            Add("unknown source file", record, SourceLine().Replace(text, "source: 999_missing.txt", 1));
            Add("status neither final nor draft", record, StatusLine().Replace(text, "status: finished", 1));
            foreach (Match quoted in QuotedField().Matches(text))
                Add($"record {quoted.Groups["key"].Value} not in the source", record,
                    text[..quoted.Groups["value"].Index] + "9" + quoted.Groups["value"].Value + text[(quoted.Groups["value"].Index + quoted.Groups["value"].Length)..]);
        }
        // Figures (issue 4): a quote that the plan text does not hold.
        foreach (var figures in yaml.Where(f => f.EndsWith("/figures.yaml", StringComparison.Ordinal)))
        {
            var lines = Read(figures).Split('\n');
            var quotes = Enumerable.Range(0, lines.Length).Where(i => QuoteLine().IsMatch(lines[i])).ToList();
            foreach (var i in quotes.OrderBy(_ => random.Next()).Take(6))
            {
                var copy = (string[])lines.Clone();
                var m = QuoteLine().Match(copy[i]);
                var text = m.Groups["text"].Value;
                copy[i] = copy[i][..m.Groups["text"].Index] + text[..(text.Length / 2)] + "（并非原文）" + text[(text.Length / 2)..];
                Add("figure quote not in the text", figures, string.Join('\n', copy));
            }
        }
        foreach (var dropped in yaml.Where(f => f.EndsWith("/dropped.yaml", StringComparison.Ordinal)))
            Add("wrong type (line number)", dropped, LineField().Replace(Read(dropped), "  - line: twelve", 1));
        return list;
    }

    /// <summary>BOM, CRLF, invalid UTF-8 (twice), a 5 MB line, an empty file.</summary>
    static void AddEncodingDamage(List<Mutation> list, string file, string text, Random random)
    {
        var bytes = Utf8.GetBytes(text);
        list.Add(new Mutation("BOM", file, [0xEF, 0xBB, 0xBF, .. bytes]));
        list.Add(new Mutation("CRLF line endings", file, Utf8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))));
        for (var i = 0; i < 2; i++)
        {
            // At a character boundary (not inside a multi-byte character), so the damage is exactly these bytes.
            var at = random.Next(bytes.Length);
            while (at > 0 && (bytes[at] & 0xC0) == 0x80) at--;
            list.Add(new Mutation("invalid UTF-8", file, [.. bytes[..at], 0xC3, 0x28, 0xFF, .. bytes[at..]]));
        }
        var lines = text.Split('\n');
        list.Add(new Mutation("5 MB line", file, Utf8.GetBytes(InsertLine(lines, random.Next(lines.Length), "x: " + new string('长', 5 * 1024 * 1024 / 3)))));
        list.Add(new Mutation("empty file", file, []));
    }

    static string InsertLine(string[] lines, int at, string line)
    {
        var copy = lines.ToList();
        copy.Insert(Math.Min(at, copy.Count), line);
        return string.Join('\n', copy);
    }

    static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{find}' not found");
        return text[..at] + replace + text[(at + find.Length)..];
    }

    /// <summary>Line indexes outside every {{ }} tag and every if/for/…/end block: an insertion there is always evaluated.</summary>
    static List<int> TopLevelLines(string[] lines)
    {
        var result = new List<int>();
        var depth = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (depth == 0 && !Tags().Matches(string.Join('\n', lines[..i])).Any(m => !m.Value.Contains("}}", StringComparison.Ordinal))) result.Add(i);
            depth += BlockOpen().Matches(lines[i]).Count - BlockEnd().Matches(lines[i]).Count;
        }
        return result;
    }

    [GeneratedRegex(@"^(?<key>\s*[a-z_]+):\s*\S.*$")] private static partial Regex KeyValue();
    [GeneratedRegex(@"^[a-z_.]+:")] private static partial Regex TopKey();
    [GeneratedRegex(@"(?m)^plan: .*$")] private static partial Regex PlanLine();
    [GeneratedRegex(@"(?m)^source: .*$")] private static partial Regex SourceLine();
    [GeneratedRegex(@"(?m)^status: .*$")] private static partial Regex StatusLine();
    [GeneratedRegex(@"(?m)^  - line: \d+$")] private static partial Regex LineField();
    [GeneratedRegex(@"^\s*-?\s*quote: (?<text>[^'""{\[#].{3,})$")] private static partial Regex QuoteLine();
    [GeneratedRegex(@"plans: \[([^\]]*)\]")] private static partial Regex PlansList();
    [GeneratedRegex(@"(?m)^(?<key>doc_number|index_number|signed|posted): (?<value>(?!null)\S.*)$")] private static partial Regex QuotedField();
    [GeneratedRegex(@"^#{2,5} (第[一二三四五六七八九十]+[章节]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．])")] private static partial Regex NumberedHeading();
    [GeneratedRegex(@"\{\{(?:(?!\}\}).)*(\}\}|$)", RegexOptions.Singleline)] private static partial Regex Tags();
    [GeneratedRegex(@"\{\{-?~?\s*(if|for|while|capture|case|func|with|wrap)\b")] private static partial Regex BlockOpen();
    [GeneratedRegex(@"\{\{-?~?\s*end\b")] private static partial Regex BlockEnd();
}
