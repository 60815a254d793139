using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// A first draft of a new plan's record and place, read off its raw text: the title (from 《…》 or the
/// first text line), 文号, 索引号, the date of signing and of posting, the issuer, draft or final, and
/// the kind of plan. Every value it finds is copied exactly from the source (the build checks that the
/// numbers and dates occur there); what it cannot know (English names, level, parents) is marked TODO.
/// </summary>
public static partial class PlanRecordDraft
{
    public sealed record Guess(string Title, string? Issuer, string? DocNumber, string? IndexNumber, string? Signed, string? Posted,
        bool Draft, string TypeZh, string TypeEn, string PeriodZh, string PeriodEn, string? PlaceName);

    public static Guess Read(RawSource source, ISet<int> clutter)
    {
        var lines = Enumerable.Range(1, source.Count).Select(n => (N: n, Text: TextCleaner.Clean(source[n]))).ToList();
        var text = lines.Where(l => l.Text.Length > 0).ToList();
        var body = text.Where(l => !clutter.Contains(l.N)).ToList();

        // The first line of text names the document: as 《title》 in a notice or portal heading, or alone.
        var first = body.Select(l => Plain(l.Text)).FirstOrDefault(t => t.Length >= 6);
        var title = first is null ? "TODO: title as the source writes it"
            : Quoted().Match(first) is { Success: true } quoted ? quoted.Groups[1].Value : first;
        string? First(Regex pattern, int group = 1) =>
            text.Select(l => pattern.Match(l.Text)).FirstOrDefault(m => m.Success)?.Groups[group].Value.Trim();
        var issuer = First(IssuerField()) ?? body.Select(l => Plain(l.Text)).FirstOrDefault(t => IssuerLine().IsMatch(t));
        var tenth = title.Contains("十四五", StringComparison.Ordinal);
        var (typeZh, typeEn) = title switch
        {
            _ when tenth && title.Contains("规划", StringComparison.Ordinal) => ("十四五规划", "Five-Year Plan"),
            _ when title.Contains("实施方案", StringComparison.Ordinal) => ("实施方案", "Implementation plan"),
            _ when title.Contains("工作方案", StringComparison.Ordinal) => ("年度工作方案", "Annual work plan"),
            _ when title.Contains("通知", StringComparison.Ordinal) => ("通知", "Notice"),
            _ => ("TODO", "TODO"),
        };
        var year = Year().Match(title);
        var (periodZh, periodEn) = tenth ? ("“十四五”时期", "14th Five-Year Plan period (2021–2025)")
            : year.Success ? ($"{year.Value}年度", $"year {year.Value}") : ("TODO", "TODO");
        return new Guess(title, issuer, First(DocNumber(), 0), First(IndexNumber()), First(DateLine()), First(PostedField()),
            title.Contains("征求意见稿", StringComparison.Ordinal), typeZh, typeEn, periodZh, periodEn, PlaceName().Match(title) is { Success: true } p ? p.Value : null);
    }

    /// <summary>The draft plan record (content/places/&lt;place&gt;/&lt;plan&gt;.yaml).</summary>
    public static string RecordYaml(Guess g, string sourceName)
    {
        static string Q(string? s) => s is null ? "null" : "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var sb = new StringBuilder();
        sb.Append("# Draft plan record written by `sitegen import`: check every value against the source, fill in each TODO.\n")
          .Append("# doc_number, index_number, signed and posted must be written exactly as the source writes them (the build checks).\n")
          .Append($"title: {{ zh: {Q(g.Title)}, en: \"TODO: English title\" }}\n")
          .Append("short_title: { zh: \"TODO\", en: \"TODO\" }\n")
          .Append($"issuer: {{ zh: {Q(g.Issuer ?? "TODO")}, en: \"TODO\" }}\n")
          .Append($"doc_number: {Q(g.DocNumber)}\n")
          .Append($"index_number: {Q(g.IndexNumber)}\n")
          .Append($"signed: {Q(g.Signed)}\n")
          .Append($"posted: {Q(g.Posted)}\n")
          .Append($"period: {{ zh: {Q(g.PeriodZh)}, en: {Q(g.PeriodEn)} }}\n")
          .Append($"type: {{ zh: {Q(g.TypeZh)}, en: {Q(g.TypeEn)} }}\n")
          .Append($"status: {(g.Draft ? "draft" : "final")}\n")
          .Append($"source: {sourceName}\n")
          .Append("source_note:\n  zh: \"TODO: 来源（网站、页面）\"\n  en: \"TODO: where the text was found\"\n");
        return sb.ToString();
    }

    /// <summary>The draft place (content/places/&lt;place&gt;/place.yaml).</summary>
    public static string PlaceYaml(Guess g, string planSlug) =>
        "# Draft place written by `sitegen import`: fill in each TODO, then add the slug to places: in content/site.yaml.\n" +
        $"name: {{ zh: \"{g.PlaceName ?? "TODO"}\", en: \"TODO\" }}\n" +
        "level: { zh: \"TODO: 地级市 / 县级市 / 旗\", en: \"TODO\" }\n" +
        "parents:\n  - { zh: \"TODO\", en: \"TODO\" }\n" +
        "summary:\n  zh: \"TODO\"\n  en: \"TODO\"\n" +
        $"plans: [{planSlug}]\n";

    static string Plain(string line) => Markup().Replace(line, "").Trim();

    [GeneratedRegex(@"《([^《》]{4,80})》")] private static partial Regex Quoted();
    [GeneratedRegex(@"[\u4e00-\u9fff]{1,12}〔\d{4}〕\d+号")] private static partial Regex DocNumber();
    [GeneratedRegex(@"索\s*引\s*号\s*[|:：]?\s*([A-Za-z0-9][A-Za-z0-9/._-]+)")] private static partial Regex IndexNumber();
    [GeneratedRegex(@"^\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*$")] private static partial Regex DateLine();
    [GeneratedRegex(@"(?:发布时间|发文日期|发布日期|成文日期)\s*[:：|]?\s*(\d{4}[-年]\d{1,2}[-月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)")] private static partial Regex PostedField();
    [GeneratedRegex(@"(?:发布机构|来\s*源)\s*[:：|]\s*([\u4e00-\u9fff]{2,30}?(?:人民政府办公室|人民政府|生态环境局|办公室|委员会))")] private static partial Regex IssuerField();
    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,20}(人民政府办公室|人民政府|生态环境局)$")] private static partial Regex IssuerLine();
    [GeneratedRegex(@"20\d{2}")] private static partial Regex Year();
    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,8}?(市|旗|县|区|盟)")] private static partial Regex PlaceName();
    [GeneratedRegex(@"^#+\s*|</?b>|\*\*")] private static partial Regex Markup();
}
