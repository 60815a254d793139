using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Markup;

namespace SiteGen.Figures;

/// <summary>
/// Proposes figures.yaml entries for the numbers of a plan that no figure or ignore entry covers yet:
/// the sentence as quote, the value with its comparator words, and guesses of metric, kind, year,
/// indicator, supervising departments (Wuhai's "(监管部门:…)") and task-list row (Zhenglan's annexes).
/// A helper for curation, not a source of truth: every guess is to be read against the sentence.
/// With <c>qualitative</c>, it proposes the time-bound sentences without numbers instead.
/// </summary>
public sealed partial class FigureDraft(FigureSet set)
{
    [GeneratedRegex(@"到20(?:2[1-9]|3\d)年|20(?:2[1-9]|3\d)年(?:\d+月)?(?:底)?前|20(?:2[1-9]|3\d)年底|力争|确保|20(?:2[1-9]|3\d)年[,，]")]
    private static partial Regex TargetWords();

    [GeneratedRegex(@"累计|完成|削减|减排|十三五|已|全部|销号")]
    private static partial Regex AchievementWords();

    [GeneratedRegex(@"20\d\d")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?:到|至|截至|截止)?20\d\d年(?:\d+月)?(?:底|末)?(?:前)?|(?:“十[三四]五”|十[三四]五)(?:期间|时期|末|以来)?")]
    private static partial Regex When();

    [GeneratedRegex(@"[（(]\s*(?:责任单位[:：][^)）]*?)?监管(?:部门|单位)[:：](?<units>[^)）]*)[)）]")]
    private static partial Regex Supervisors();

    static readonly string[] Verbs =
    [
        "分别达到", "达到", "提高到", "提升到", "下降到", "降低到", "降至", "降到", "控制在", "保持在", "稳定在", "持续保持在", "维持在",
        "突破", "增加", "减少", "下降", "降低", "提高", "累计完成", "完成", "建成", "新增", "为", "达", "占", "约", "超过", "有",
    ];
    static readonly string[] PrefixWords = ["不低于", "不少于", "不小于", "至少", "不超过", "不高于", "不大于", "低于", "小于", "超过", "高于", "大于", "突破", "约"];
    static readonly string[] SuffixWords = ["及以上", "及以下", "以上", "以下", "以内", "左右"];

    public string Draft(Plan plan, bool qualitative)
    {
        var sb = new StringBuilder();
        var texts = set.Texts[plan.Id];
        if (qualitative) DraftQualitative(plan, texts, sb);
        else
            foreach (var passage in FigureCoverage.Find(set, plan).GroupBy(u => u.Passage))
                DraftPassage(plan, texts, passage.Key, passage.Select(u => u.Token).ToList(), sb);
        return sb.ToString();
    }

    void DraftPassage(Plan plan, PlanPassages texts, Passage passage, List<NumberToken> tokens, StringBuilder sb)
    {
        var row = texts.Rows.Find(passage.Id);
        var text = passage.Text;
        var supervisors = Supervisors().Match(text) is { Success: true } m
            ? m.Groups["units"].Value.Split('、').Select(s => s.Trim()).Where(s => s.Length > 0).ToList() : [];
        if (row is not null && row.Cells.All(c => c.Text.Length <= 40))
        {
            DraftRow(passage, row, tokens, sb);
            return;
        }
        foreach (var sentence in tokens.GroupBy(t => Sentences.Around(text, t.Start, t.End)))
        {
            var quote = sentence.Key;
            sb.Append($"  - quote: {Scalar(quote)}\n");
            sb.Append($"    # at {passage.Id}: {string.Join(" › ", passage.SectionPath.TakeLast(2))}\n");
            var task = TaskRowOf(plan, texts, passage, sentence.First());
            if (task is not null)
            {
                sb.Append($"    task: {task.Value.Row.Id}\n");
                if (task.Value.Deadline is { } d) sb.Append($"    deadline: {Scalar(d)}\n");
                if (task.Value.Lead.Count > 0) sb.Append($"    lead: [{string.Join(", ", task.Value.Lead.Select(Scalar))}]\n");
                if (task.Value.Support.Count > 0) sb.Append($"    support: [{string.Join(", ", task.Value.Support.Select(Scalar))}]\n");
            }
            if (supervisors.Count > 0) sb.Append($"    supervisors: [{string.Join(", ", supervisors.Select(Scalar))}]\n");
            var kind = TargetWords().IsMatch(quote) ? "target" : AchievementWords().IsMatch(quote) ? "achievement" : "baseline";
            sb.Append("    figures:\n");
            foreach (var token in sentence)
            {
                var value = Extend(text, token);
                var local = quote.IndexOf(value, StringComparison.Ordinal);
                var before = local < 0 ? "" : quote[..local];
                var clause = LastClause(before);
                var metric = Metric(clause);
                var fields = new List<string> { $"metric: {Scalar(metric)}" };
                if (Indicator(clause + value) is { } indicator) fields.Add($"indicator: {indicator}");
                fields.Add($"kind: {kind}");
                if (YearOf(before, kind) is { } year) fields.Add($"year: {year}");
                if (When().Matches(before).LastOrDefault() is { } when && when.Value.Length > 0) fields.Add($"when: {Scalar(when.Value)}");
                fields.Add($"value: {Scalar(value)}");
                if (clause.Contains("力争", StringComparison.Ordinal) || before.EndsWith("力争", StringComparison.Ordinal)) fields.Add("aspirational: true");
                sb.Append($"      - {{ {string.Join(", ", fields)} }}\n");
            }
        }
    }

    void DraftRow(Passage passage, RowCells row, List<NumberToken> tokens, StringBuilder sb)
    {
        var label = row.Cells.FirstOrDefault(c => c.IsOwn && !Year().IsMatch(c.Header) && c.Text is not ("约束性" or "预期性") && !Regex.IsMatch(c.Text, @"^[\d.]+$"))
                    ?? row.Cells.First();
        var binding = row.Cells.Select(c => c.Text).FirstOrDefault(t => t is "约束性" or "预期性");
        sb.Append($"  - at: {passage.Id}\n    # {row.Text}\n");
        sb.Append($"    metric: {Scalar(label.Text)}\n");
        if (Indicator(label.Text) is { } indicator) sb.Append($"    indicator: {indicator}\n");
        if (binding is not null) sb.Append($"    binding: {binding}\n");
        sb.Append("    figures:\n");
        foreach (var cell in row.Cells.Where(c => c.Header.Length > 0 && Year().IsMatch(c.Header) && c.Text is not ("—" or "-" or "")))
        {
            var year = Year().Match(cell.Header).Value;
            var kind = cell.Header.Contains("目标", StringComparison.Ordinal) || string.CompareOrdinal(year, "2020") > 0 ? "target" : "baseline";
            sb.Append($"      - {{ column: {Scalar(cell.Header)}, kind: {kind}, year: {year}, value: {Scalar(cell.Text)} }}\n");
        }
        _ = tokens;
    }

    void DraftQualitative(Plan plan, PlanPassages texts, StringBuilder sb)
    {
        var quoted = set.OfPlan(plan.Id).GroupBy(f => f.Passage.Id).ToDictionary(g => g.Key, g => g.Select(f => f.Quote).ToList());
        foreach (var passage in texts.InOrder.Where(p => p.Kind is "paragraph" or "row"))
        {
            var text = passage.Text;
            var start = 0;
            foreach (var piece in Regex.Split(text, "(?<=[。；;！？])"))
            {
                var sentence = piece.Trim().TrimEnd('。');
                start += piece.Length;
                if (sentence.Length == 0 || !TargetWords().IsMatch(sentence)) continue;
                if (NumberScanner.Scan(sentence).Count > 0) continue;
                if (quoted.GetValueOrDefault(passage.Id)?.Any(q => q.Contains(sentence, StringComparison.Ordinal) || sentence.Contains(q, StringComparison.Ordinal)) == true) continue;
                sb.Append($"  - quote: {Scalar(sentence)}\n    # at {passage.Id}: {string.Join(" › ", passage.SectionPath.TakeLast(2))}\n");
                var when = When().Match(sentence);
                var year = Year().Match(sentence);
                sb.Append($"    figures:\n      - {{ metric: ?, kind: target{(year.Success ? ", year: " + year.Value : "")}{(when.Success ? ", when: " + Scalar(when.Value) : "")}, value: ? }}\n");
            }
        }
    }

    /// <summary>Zhenglan: the task-list row whose measures hold the same number, with its deadline and units.</summary>
    static (Passage Row, string? Deadline, List<string> Lead, List<string> Support)? TaskRowOf(Plan plan, PlanPassages texts, Passage passage, NumberToken token)
    {
        if (texts.Rows.Find(passage.Id) is not null) return OwnTask(texts.Rows.Find(passage.Id)!, passage);
        var candidates = texts.InOrder.Where(p => p.Kind == "row")
            .Select(p => (p, row: texts.Rows.Find(p.Id)!))
            .Where(x => x.row.Column("工作措施") is { } cell && cell.Text.Contains(token.Text, StringComparison.Ordinal))
            .ToList();
        if (candidates.Count != 1) return null;
        return OwnTask(candidates[0].row, candidates[0].p);
    }

    static (Passage Row, string? Deadline, List<string> Lead, List<string> Support)? OwnTask(RowCells row, Passage passage)
    {
        if (row.Column("责任单位") is null) return null;
        static List<string> Split(string? cell) => cell is null or "-" or "\\-" or "——" or "—" ? [] :
            cell.Split(['、', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => s.Replace("按各自职责牵头负责", "", StringComparison.Ordinal).Trim()).Where(s => s.Length > 0).ToList();
        return (passage, row.Column("完成时限")?.Text, Split(row.Column("责任单位")?.Text), Split(row.Column("配合单位")?.Text));
    }

    /// <summary>The number with the comparator words right before or after it.</summary>
    static string Extend(string text, NumberToken token)
    {
        var start = token.Start;
        var end = token.End;
        foreach (var word in PrefixWords)
            if (start >= word.Length && string.CompareOrdinal(text, start - word.Length, word, 0, word.Length) == 0) { start -= word.Length; break; }
        foreach (var word in SuffixWords)
            if (string.CompareOrdinal(text, end, word, 0, word.Length) == 0 && end + word.Length <= text.Length) { end += word.Length; break; }
        return text[start..end];
    }

    static string LastClause(string before)
    {
        var cut = before.LastIndexOfAny([',', '，', '、', '；', ';', '：', ':', '(', '（', '。']);
        return before[(cut + 1)..];
    }

    static string Metric(string clause)
    {
        var metric = Regex.Replace(clause, @"^(?:到|至|截至|截止)?20\d\d年(?:\d+月)?(?:底|末)?(?:前)?[,，]?", "");
        metric = Regex.Replace(metric, @"^(?:力争|确保|全市|实现)", "");
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var verb in Verbs)
                if (metric.EndsWith(verb, StringComparison.Ordinal) && metric.Length > verb.Length) { metric = metric[..^verb.Length]; changed = true; }
        }
        return metric.Trim().Length == 0 ? "?" : metric.Trim();
    }

    string? Indicator(string words) =>
        set.Catalog.Indicators.FirstOrDefault(i => i.Terms.Any(t => words.Contains(t, StringComparison.Ordinal)))?.Id;

    static string? YearOf(string before, string kind)
    {
        var year = Year().Matches(before).LastOrDefault()?.Value;
        if (year is not null) return year;
        if (before.Contains("十三五", StringComparison.Ordinal)) return "2020";
        if (before.Contains("十四五", StringComparison.Ordinal)) return "2025";
        return kind == "target" ? null : null;
    }

    /// <summary>A YAML scalar in a flow context: quoted when it holds characters YAML would read as syntax.</summary>
    public static string Scalar(string text) =>
        text.Length == 0 || "-?:,[]{}#&*!|>'\"%@`".Contains(text[0]) || text.IndexOfAny([',', '[', ']', '{', '}', ':', '#', '"']) >= 0
        || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])
            ? "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""
            : text;
}
