using System.Text.Json;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>The one search tokenizer: its rules, and the same tokens at build time (C#) and query time (search-core.js).</summary>
public sealed class SearchTokenizerTests
{
    [Theory]
    [InlineData("优良天数", "优良 良天 天数")]
    [InlineData("PM2.5年均浓度", "pm2.5 年均 均浓 浓度")]
    [InlineData("达到98%以上", "达到 98% 以上")]
    [InlineData("VOCs排放", "vocs 排放")]
    [InlineData("２０２５年，ＰＭ２．５下降１０％", "2025 pm2.5 下降 10%")]
    [InlineData("监管部门：市生态环境局", "监管 管部 部门 市生 生态 态环 环境 境局")]
    [InlineData("1.生态保护", "1 生态 态保 保护")]
    [InlineData("Ⅲ类水体", "Ⅲ 类水 水体")]
    [InlineData("41μg/m3", "41μg m3")]
    [InlineData("2020-2025年，水", "2020 2025")]
    [InlineData("二〇二五年", "二〇 〇二 二五 五年")]
    [InlineData("𠀀𠀁", "𠀀𠀁")]
    [InlineData("…… ——", "")]
    public void Given_text_When_tokenized_Then_Han_runs_give_bigrams_and_words_stay_whole(string text, string terms)
    {
        Assert.Equal(terms, string.Join(' ', SearchTokenizer.Terms(text)));
    }

    [Fact]
    public void Given_any_text_When_folded_Then_its_length_and_offsets_are_kept()
    {
        const string text = "ＰＭ２．５　Ａ：b";
        var folded = SearchTokenizer.Fold(text);
        Assert.Equal("pm2.5 a:b", folded);
        Assert.Equal(text.Length, folded.Length);
        var token = SearchTokenizer.Tokenize(text)[0];
        Assert.Equal("ＰＭ２．５", text[token.Start..token.End]);
    }

    [Fact]
    public void Given_every_passage_of_the_plans_When_tokenized_in_CSharp_and_by_search_core_js_under_node_Then_the_tokens_are_the_same()
    {
        var texts = new PlanPassageDocuments().Documents(BuiltSite.Context)
            .SelectMany(d => new[] { d.Body, d.Topic, d.Path })
            .Concat(["ＰＭ２．５　ＡＢＣ", "𠀀a𠀁 lone \ud800 surrogate", "É école Straße ΣΑ ①②", "a.b. .5 5. 5%% %5 1.2.3", "Ⅱ类、Ⅲ类", "٣٤ ๑๒"])
            .Distinct().ToList();
        var fromNode = JsonSerializer.Deserialize<List<List<JsonElement[]>>>(Node.Run("tokenize.js", [], JsonSerializer.Serialize(texts)))!;
        Assert.Equal(texts.Count, fromNode.Count);
        var differences = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            var ours = SearchTokenizer.Tokenize(texts[i]).Select(t => $"{t.Term}@{t.Start}-{t.End}").ToList();
            var theirs = fromNode[i].Select(t => $"{t[0].GetString()}@{t[1].GetInt32()}-{t[2].GetInt32()}").ToList();
            if (!ours.SequenceEqual(theirs)) differences.Add($"{texts[i]}\n  C#: {string.Join(' ', ours)}\n  JS: {string.Join(' ', theirs)}");
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(5)));
        Assert.True(texts.Count > 1000, $"only {texts.Count} texts compared");
    }

    [Fact]
    public void Given_strings_and_numbers_When_written_by_JsJson_Then_they_are_what_JSON_stringify_writes()
    {
        string[] strings = ["plain", "引号\"与\\反斜杠", "\b\f\n\r\t\u0001\u001f", "\u2028\u2029", "lone \ud800 high", "lone \udc00 low", "𠀀 pair", "</script>"];
        double[] numbers = [0, 1, -1, 0.1, 1.234, 0.001, 123456789, 1e21, 1.5e21, 1e-6, 1e-7, 1.25e-7, 123e-20, 0.000001234, 5e-324, 1.7976931348623157e308, 4.35, 1e15, 1e16, 123456789012345680000.0];
        // System.Text.Json would replace lone surrogates on the way to node; write the strings with \u escapes instead
        var input = new System.Text.StringBuilder("{\"strings\":[");
        input.AppendJoin(',', strings.Select(s => string.Concat(s.Select(c => $"\\u{(int)c:x4}")).Insert(0, "\"") + "\""));
        input.Append("],\"numbers\":").Append(JsonSerializer.Serialize(numbers.Select(n => n.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))).Append('}');
        using var json = JsonDocument.Parse(Node.Run("stringify.js", [], input.ToString()));
        var expectedStrings = json.RootElement.GetProperty("strings").EnumerateArray().Select(e => e.GetString()).ToList();
        var expectedNumbers = json.RootElement.GetProperty("numbers").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(expectedStrings, strings.Select(s => { var sb = new System.Text.StringBuilder(); JsJson.String(sb, s); return sb.ToString(); }));
        Assert.Equal(expectedNumbers, numbers.Select(n => { var sb = new System.Text.StringBuilder(); JsJson.Number(sb, n); return sb.ToString(); }));
    }

    [Fact]
    public void Given_object_keys_When_ordered_like_JavaScript_Then_array_indexes_come_first_ascending()
    {
        Assert.Equal(["2", "7", "10", "b1", "007", "4294967295"], JsJson.KeyOrder(["10", "b1", "2", "007", "7", "4294967295"]));
        Assert.Equal(["0", "1", "2"], JsJson.KeyOrder(["0", "1", "2"]));
    }
}
