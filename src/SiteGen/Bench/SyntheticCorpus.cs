using System.Text;
using SiteGen.Build;
using SiteGen.Content;

namespace SiteGen.Bench;

/// <summary>
/// A synthetic project shaped like the real one, N times as large: N copies of each real place
/// ("hohhot", "hohhot-x002", …) with the same records, sources, structure and text lengths. In every
/// copy after the first, the digits of each paragraph are shifted (2 → 3…), so no two copies hold the
/// same text and nothing can be cached across them; headings and tables keep their numbering, so
/// anchors and structure stay those of the real plans. Only the first copy has figures (the others'
/// shifted digits are not what the figures quote).
/// </summary>
public static class SyntheticCorpus
{
    public sealed record Info(string Root, int Places, int Plans, long MarkdownBytes);

    /// <summary>Files of content/ besides the places: the catalogs every build reads, and the chapter alignment.</summary>
    public static readonly string[] SharedCatalogs = ["indicators.yaml", "topics.yaml", "glossary.yaml", "chapter-alignment.yaml"];

    public static Info Write(ProjectPaths real, string root, int scale)
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var site = YamlReader.Read<SiteConfig>(Path.Combine(real.Content, "site.yaml"), "content/site.yaml");
        var target = new ProjectPaths(root);
        CopyTree(real.Templates, target.Templates);
        CopyTree(real.Sources, target.Sources);
        CopyTools(real, target);
        var slugs = new List<string>();
        long markdown = 0;
        var plans = 0;
        for (var copy = 1; copy <= scale; copy++)
            foreach (var place in site.Places)
            {
                var slug = copy == 1 ? place : $"{place}-x{copy:D3}";
                slugs.Add(slug);
                var from = Path.Combine(real.Places, place);
                var to = Path.Combine(target.Places, slug);
                Directory.CreateDirectory(to);
                foreach (var file in Directory.EnumerateFiles(from))
                {
                    var name = Path.GetFileName(file);
                    // The copies' shifted digits are no longer what the figures quote: only the first copy has figures.
                    if (copy > 1 && name == "figures.yaml") continue;
                    var text = File.ReadAllText(file);
                    if (name.EndsWith(".md", StringComparison.Ordinal))
                    {
                        text = text.Replace($"plan: {place}/", $"plan: {slug}/", StringComparison.Ordinal);
                        if (copy > 1) text = ShiftDigits(text, copy);
                        markdown += Encoding.UTF8.GetByteCount(text);
                        plans++;
                    }
                    File.WriteAllText(Path.Combine(to, name), text);
                }
            }
        var siteYaml = File.ReadAllText(Path.Combine(real.Content, "site.yaml"));
        var placesLine = siteYaml.Split('\n').First(l => l.StartsWith("places:", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(target.Content, "site.yaml"),
            siteYaml.Replace(placesLine, $"places: [{string.Join(", ", slugs)}]", StringComparison.Ordinal));
        foreach (var catalog in SharedCatalogs) File.Copy(Path.Combine(real.Content, catalog), Path.Combine(target.Content, catalog));
        return new Info(root, slugs.Count, plans, markdown);
    }

    /// <summary>Shifts the digits of paragraph lines (not front matter, headings, tables or captions).</summary>
    static string ShiftDigits(string markdown, int by)
    {
        var lines = markdown.Split('\n');
        var inFront = true;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (inFront) { if (line == "---") inFront = false; continue; }
            if (line.Length == 0 || line[0] is '#' or '|' || line.StartsWith("Table:", StringComparison.Ordinal)) continue;
            var chars = line.ToCharArray();
            for (var c = 0; c < chars.Length; c++)
                if (chars[c] is >= '0' and <= '9') chars[c] = (char)('0' + (chars[c] - '0' + by) % 10);
            lines[i] = new string(chars);
        }
        return string.Join('\n', lines);
    }

    /// <summary>Copies what the build reads outside content/ and templates/: node_modules/lunr (the search copies lunr.js).</summary>
    public static void CopyTools(ProjectPaths real, ProjectPaths target)
    {
        var lunr = Path.Combine(real.NodeModules, "lunr");
        if (Directory.Exists(lunr)) CopyTree(lunr, Path.Combine(target.NodeModules, "lunr"));
    }

    public static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
    }
}
