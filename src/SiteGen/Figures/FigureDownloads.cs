using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsvHelper;
using SiteGen.Content;
using SiteGen.Markup;

namespace SiteGen.Figures;

/// <summary>A column of the figures downloads: its name, type, meaning in zh and en, and how a figure fills it.</summary>
public sealed record FigureColumn(string Name, string Type, string En, string Zh, Func<Figure, object?> Value);

/// <summary>
/// The downloads under data/: figures.json (an array, one object per figure), figures.csv (the same,
/// UTF-8 with BOM so that Excel reads Chinese), indicators.json (the catalog) and datapackage.json
/// (a Frictionless Data Package describing every field). Every record starts by crediting the issuing
/// government, the plan's title and its 文号.
/// </summary>
public sealed class FigureDownloads(FigureSet set)
{
    public const string FiguresJson = "data/figures.json";
    public const string FiguresCsv = "data/figures.csv";
    public const string IndicatorsJson = "data/indicators.json";
    public const string DataPackage = "data/datapackage.json";

    static string[] List(IEnumerable<string> items) => items.ToArray();

    public static readonly IReadOnlyList<FigureColumn> Columns =
    [
        new("issuer", "string", "The government or office that issued the plan (credited first).", "发布规划的政府或部门（首先署名）。", f => f.Plan.Issuer.Zh),
        new("plan_title", "string", "The plan's title, as issued.", "规划标题（原文）。", f => f.Plan.Title.Zh),
        new("doc_number", "string", "The plan's document number (文号); empty where the source gives none.", "规划文号；原文未注明的为空。", f => f.Plan.DocNumber),
        new("place", "string", "Place slug: hohhot, changji, wuhai, zhenglan or bayannur.", "地区代码：hohhot、changji、wuhai、zhenglan、bayannur。", f => f.Place.Slug),
        new("place_name", "string", "The place's name in Chinese.", "地区名称。", f => f.Place.Name.Zh),
        new("plan", "string", "Plan id on the site (place/plan).", "规划在本站的编号（地区/规划）。", f => f.Plan.Id),
        new("id", "string", "Stable id of the figure: place, plan, passage anchor, order in the passage.", "数据编号：地区、规划、段落锚点、段内序号。", f => f.Id),
        new("topic", "string", "Topic id: air, water, soil, ecology, climate, waste, rural, governance.", "领域：air、water、soil、ecology、climate、waste、rural、governance。", f => f.Topic.Id),
        new("indicator", "string", "Catalog indicator id (see indicators.json); null for a place-specific metric.", "指标目录编号（见indicators.json）；本地特有指标为空。", f => f.Indicator?.Id),
        new("indicator_name_en", "string", "The indicator's English name.", "指标英文名称。", f => f.Indicator?.Name.En),
        new("metric", "string", "What is measured, in the plan's own words.", "所衡量的内容，用规划原文表述。", f => f.Metric),
        new("kind", "string", "baseline (a level at a reference year), achievement (done in the 十三五 period 2016–2020) or target.", "baseline（基准值）、achievement（“十三五”成效）或 target（目标）。", f => f.KindName),
        new("year", "integer", "The year the value refers to or is due; for 十三五 achievements 2020.", "数值所指或目标到期的年份；“十三五”成效记为2020。", f => f.Year),
        new("when", "string", "The year or deadline as the sentence writes it.", "原文中的年份或时限写法。", f => f.When),
        new("value", "string", "The value as written, with its comparator words.", "原文写法的数值（含“以上”“不低于”等）。", f => f.Value.Written),
        new("number", "number", "The number read from the value; null for a qualitative value (达到自治区考核要求, 不降低…).", "从数值中读出的数字；定性目标为空。", f => f.Value.Number),
        new("number_to", "number", "Upper end of a range (7-10天); null otherwise.", "范围的上限（如7-10天）；否则为空。", f => f.Value.NumberTo),
        new("comparator", "string", "≥ (以上, 不低于), ≤ (以下, 以内, 不超过, 年前), < (低于), > (超过, 突破, 余, 多) or ≈ (左右, 约); null where the plan states none.", "≥（以上、不低于）、≤（以下、以内、不超过、年前）、<（低于）、>（超过、突破、余、多）、≈（左右、约）；原文未写为空。", f => f.Value.Comparator),
        new("unit", "string", "Unit, normalised (微克/立方米 → μg/m3, ％ → %); null where the plan gives none.", "单位（统一写法，如微克/立方米记为μg/m3）；原文无单位为空。", f => f.Value.Unit),
        new("aspirational", "boolean", "True for a 力争 (strive for) value.", "“力争”目标为true。", f => f.Value.Aspirational),
        new("binding", "string", "约束性 (binding) or 预期性 (expected), where the plan states it.", "约束性或预期性（原文注明的）。", f => f.Binding),
        new("scope", "string", "Where or to what the figure applies (城市, 中心城区, 上都镇…).", "适用范围（城市、中心城区、上都镇等）。", f => f.Scope),
        new("column", "string", "For a table row: the header of the column holding the value.", "表格数据：数值所在列的表头。", f => f.Column),
        new("departments", "string[]", "Every unit the plan names for it: lead, then supporting, then supervising.", "规划为此列出的全部单位：牵头、配合、监管。", f => List(f.Departments)),
        new("lead", "string[]", "Lead or responsible units (责任单位).", "责任（牵头）单位。", f => List(f.Lead)),
        new("support", "string[]", "Supporting units (配合单位).", "配合单位。", f => List(f.Support)),
        new("supervisors", "string[]", "Supervising departments (监管部门, Wuhai).", "监管部门（乌海）。", f => List(f.Supervisors)),
        new("deadline", "string", "Deadline as the task list writes it (完成时限).", "任务清单中的完成时限（原文）。", f => f.Deadline),
        new("quote", "string", "The plan's words, verbatim (a table row reads its cells joined by \" | \").", "规划原文（表格行以“ | ”连接各格）。", f => f.Quote),
        new("url", "string", "Site-relative link to the paragraph or table row holding the quote.", "指向原文段落或表格行的站内链接。", f => PlanUrls.Passage(f.Plan, f.Passage)),
        new("task_url", "string", "Site-relative link to the task-list row naming deadline and units.", "指向任务清单对应行的站内链接。", f => f.Task is null ? null : PlanUrls.Passage(f.Plan, f.Task)),
        new("notes_zh", "string[]", "Editor's notes on defects of the source, in Chinese.", "编者注（原文缺陷说明）。", f => List(f.Notes.Select(n => (n.Marked is null ? "" : "“" + n.Marked + "”：") + n.Zh))),
        new("notes_en", "string[]", "Editor's notes, in English.", "编者注（英文）。", f => List(f.Notes.Select(n => (n.Marked is null ? "" : "\"" + n.Marked + "\": ") + (n.En.Length > 0 ? n.En : n.Zh)))),
        new("curated_in", "string", "Where the figure is curated: file and line under content/.", "本条数据的整理位置：content/下的文件与行号。", f => $"{f.Location.File}:{f.Location.Line}"),
    ];

    static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public byte[] FiguresAsJson() => Json(w =>
    {
        w.WriteStartArray();
        foreach (var figure in set.All)
        {
            w.WriteStartObject();
            foreach (var column in Columns) { w.WritePropertyName(column.Name); Write(w, column.Value(figure)); }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    public byte[] FiguresAsCsv()
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true))
        {
            foreach (var column in Columns) csv.WriteField(column.Name);
            csv.EndRecord();
            foreach (var figure in set.All)
            {
                foreach (var column in Columns) csv.WriteField(Cell(column.Value(figure)));
                csv.EndRecord();
            }
        }
        return stream.ToArray();
    }

    public byte[] IndicatorsAsJson(string baseUrl) => Json(w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("sources");
        WriteSources(w, baseUrl);
        w.WriteStartArray("topics");
        foreach (var topic in set.Catalog.Topics)
        {
            w.WriteStartObject();
            w.WriteString("id", topic.Id);
            w.WriteString("name_zh", topic.Name.Zh);
            w.WriteString("name_en", topic.Name.En);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("indicators");
        foreach (var indicator in set.Catalog.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("id", indicator.Id);
            w.WriteString("name_zh", indicator.Name.Zh);
            w.WriteString("name_en", indicator.Name.En);
            w.WritePropertyName("unit"); Write(w, indicator.Unit);
            w.WriteString("topic", indicator.Topic);
            w.WriteString("better", indicator.Better);
            w.WriteBoolean("rank_targets", indicator.Strictest);
            w.WriteString("definition_zh", indicator.Definition.Zh);
            w.WriteString("definition_en", indicator.Definition.En);
            w.WritePropertyName("terms"); Write(w, indicator.Terms.ToArray());
            w.WriteStartArray("caveats");
            foreach (var caveat in indicator.Caveats)
            {
                w.WriteStartObject();
                w.WritePropertyName("place"); Write(w, caveat.Place);
                w.WriteString("zh", caveat.Zh);
                w.WriteString("en", caveat.En);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WritePropertyName("places"); Write(w, set.PlacesOf(indicator).Select(p => p.Slug).ToArray());
            w.WriteNumber("figures", set.OfIndicator(indicator.Id).Count());
            w.WriteString("page", FigureUrls.Indicator(indicator));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>A Frictionless Data Package (datapackage.json) describing the downloads and every field.</summary>
    public byte[] DataPackageJson(string baseUrl) => Json(w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("sources");
        WriteSources(w, baseUrl);
        w.WriteString("name", "local-environmental-plans-figures");
        w.WriteString("title", "Figures of five local environmental plans (Hohhot, Changji, Wuhai, Zhenglan Banner, Bayannur)");
        w.WriteString("description", "Every figure of the plans: baselines, 13th Five-Year achievements and targets, each with the verbatim quote and a link to its paragraph. Compiled from the published plan texts; the issuing governments are the authors of the figures.");
        w.WriteString("homepage", baseUrl + "data/");
        w.WriteStartArray("resources");
        foreach (var (name, path, format, mediatype, encoding) in new[]
        {
            ("figures-csv", "figures.csv", "csv", "text/csv", "utf-8-sig"),
            ("figures-json", "figures.json", "json", "application/json", "utf-8"),
        })
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteString("path", path);
            w.WriteString("format", format);
            w.WriteString("mediatype", mediatype);
            w.WriteString("encoding", encoding);
            w.WriteStartObject("schema");
            w.WriteStartArray("fields");
            foreach (var column in Columns)
            {
                w.WriteStartObject();
                w.WriteString("name", column.Name);
                w.WriteString("type", column.Type.EndsWith("[]", StringComparison.Ordinal) ? (format == "csv" ? "string" : "array") : column.Type);
                w.WriteString("description", column.En + (format == "csv" && column.Type.EndsWith("[]", StringComparison.Ordinal) ? " In the CSV, items are joined by \"; \"." : ""));
                w.WriteString("description_zh", column.Zh);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteStartObject();
        w.WriteString("name", "indicators");
        w.WriteString("path", "indicators.json");
        w.WriteString("format", "json");
        w.WriteString("mediatype", "application/json");
        w.WriteString("description", "The indicator catalog: id, zh/en name, unit, topic, which direction is better, definition, caveats, and the places that report each indicator.");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    void WriteSources(Utf8JsonWriter w, string baseUrl)
    {
        w.WriteStartArray();
        foreach (var plan in set.All.Select(f => f.Plan).Distinct())
        {
            w.WriteStartObject();
            w.WriteString("title", plan.Issuer.Zh + "《" + plan.Title.Zh + "》" + (plan.DocNumber is null ? "" : " " + plan.DocNumber));
            w.WriteString("issuer", plan.Issuer.Zh);
            w.WriteString("plan_title", plan.Title.Zh);
            w.WritePropertyName("doc_number"); Write(w, plan.DocNumber);
            w.WriteString("path", baseUrl.TrimEnd('/') + PlanUrls.Plan(plan));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    static void Write(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case int i: w.WriteNumberValue(i); break;
            case decimal d: w.WriteNumberValue(d); break;
            case bool b: w.WriteBooleanValue(b); break;
            case string[] items:
                w.WriteStartArray();
                foreach (var item in items) w.WriteStringValue(item);
                w.WriteEndArray();
                break;
            default: throw new InvalidOperationException($"no JSON form for {value.GetType().Name}");
        }
    }

    static string Cell(object? value) => value switch
    {
        null => "",
        string[] items => string.Join("; ", items),
        decimal d => FigureFormat.Number(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => value.ToString() ?? "",
    };

    static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOptions)) write(writer);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
