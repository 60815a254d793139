using System.Text;

namespace SiteGen.Search;

/// <summary>A field of a lunr index, with its build-time boost.</summary>
public sealed record LunrField(string Name, double Boost = 1);

/// <summary>
/// Builds a lunr.js 2.3.9 index and writes it in lunr's own serialised form, for <c>lunr.Index.load</c> in
/// the browser. Written by hand because no .NET port of lunr is available here (LunrCore is not on the
/// registry); it follows lunr.Builder step by step — term indexes in order of first sight, BM25 field
/// vectors (k1 = 1.2, b = 0.75) rounded to three decimals, lunr's idf (which counts a document once per
/// field that holds the term), postings without metadata (no metadata is whitelisted) — so that, given
/// the same tokens, the JSON is identical to lunr's (LunrCompatibilityTests checks this under node).
/// Tokens come in already made (<see cref="SearchTokenizer"/>); the index pipeline is empty, and
/// the search pipeline names the query-time functions the client registers.
/// </summary>
public sealed class LunrIndexBuilder
{
    public const string Version = "2.3.9";
    const double K1 = 1.2, B = 0.75;

    sealed class Posting(int index, int fieldCount)
    {
        public int Index { get; } = index;
        /// <summary>Per field: the documents holding the term, in the order they were added.</summary>
        public List<string>[] Refs { get; } = Enumerable.Range(0, fieldCount).Select(_ => new List<string>()).ToArray();
    }

    sealed record FieldEntry(string Ref, int Field, Dictionary<string, int> TermFrequencies, int Length);

    readonly IReadOnlyList<LunrField> fields;
    readonly IReadOnlyList<string> searchPipeline;

    public LunrIndexBuilder(IReadOnlyList<LunrField> fields, IReadOnlyList<string> searchPipeline)
    {
        // lunr refuses '/' in field names; array-index names or "_index" would reorder or clash with a posting's keys
        foreach (var field in fields)
            if (field.Name.Contains('/') || field.Name == "_index" || JsJson.IsArrayIndex(field.Name))
                throw new ArgumentException($"'{field.Name}' cannot be a lunr field name");
        this.fields = fields;
        this.searchPipeline = searchPipeline;
    }

    readonly Dictionary<string, Posting> invertedIndex = new(StringComparer.Ordinal);
    readonly List<FieldEntry> entries = [];
    readonly Dictionary<string, double> documentBoosts = new(StringComparer.Ordinal);

    public int DocumentCount => documentBoosts.Count;

    /// <summary>Adds a document: its ref and, per field (in the order of the fields), its terms.</summary>
    public void Add(string docRef, IReadOnlyList<IReadOnlyList<string>> fieldTerms, double boost = 1)
    {
        if (fieldTerms.Count != fields.Count) throw new ArgumentException($"document {docRef} has {fieldTerms.Count} fields, the index {fields.Count}");
        if (!documentBoosts.TryAdd(docRef, boost)) throw new ArgumentException($"two documents have the ref '{docRef}'");
        for (var f = 0; f < fields.Count; f++)
        {
            var terms = fieldTerms[f];
            var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
                if (!invertedIndex.TryGetValue(term, out var posting))
                    invertedIndex[term] = posting = new Posting(invertedIndex.Count, fields.Count);
                var refs = posting.Refs[f];
                if (refs.Count == 0 || refs[^1] != docRef) refs.Add(docRef);
            }
            entries.Add(new FieldEntry(docRef, f, frequencies, terms.Count));
        }
    }

    /// <summary>The index as lunr's Index#toJSON writes it, through JSON.stringify.</summary>
    public string ToJson()
    {
        var documentCount = DocumentCount;
        var averageLength = new double[fields.Count];
        for (var f = 0; f < fields.Count; f++)
        {
            double sum = 0;
            var count = 0;
            foreach (var e in entries.Where(e => e.Field == f)) { sum += e.Length; count++; }
            averageLength[f] = sum / count;
        }
        var idfCache = new Dictionary<string, double>(StringComparer.Ordinal);

        var sb = new StringBuilder();
        sb.Append("{\"version\":");
        JsJson.String(sb, Version);
        sb.Append(",\"fields\":[");
        for (var f = 0; f < fields.Count; f++)
        {
            if (f > 0) sb.Append(',');
            JsJson.String(sb, fields[f].Name);
        }
        sb.Append("],\"fieldVectors\":[");
        var first = true;
        foreach (var entry in entries)
        {
            if (!first) sb.Append(',');
            first = false;
            sb.Append('[');
            JsJson.String(sb, fields[entry.Field].Name + "/" + entry.Ref);
            sb.Append(",[");
            var vector = new List<(int Index, double Score)>(entry.TermFrequencies.Count);
            var fieldBoost = fields[entry.Field].Boost is var fb && fb != 0 ? fb : 1;
            var docBoost = documentBoosts[entry.Ref] is var db && db != 0 ? db : 1;
            foreach (var (term, tf) in entry.TermFrequencies)
            {
                var posting = invertedIndex[term];
                if (!idfCache.TryGetValue(term, out var idf)) idfCache[term] = idf = Idf(posting, documentCount);
                // the same operations in the same order as lunr.Builder#createFieldVectors
                var score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (entry.Length / averageLength[entry.Field])) + tf);
                score *= fieldBoost;
                score *= docBoost;
                vector.Add((posting.Index, RoundLikeJs(score * 1000) / 1000));
            }
            vector.Sort((a, b) => a.Index.CompareTo(b.Index));
            for (var i = 0; i < vector.Count; i++)
            {
                if (i > 0) sb.Append(',');
                JsJson.Number(sb, vector[i].Index);
                sb.Append(',');
                JsJson.Number(sb, vector[i].Score);
            }
            sb.Append("]]");
        }
        sb.Append("],\"invertedIndex\":[");
        first = true;
        foreach (var term in invertedIndex.Keys.Order(StringComparer.Ordinal))
        {
            if (!first) sb.Append(',');
            first = false;
            var posting = invertedIndex[term];
            sb.Append('[');
            JsJson.String(sb, term);
            sb.Append(",{\"_index\":");
            JsJson.Number(sb, posting.Index);
            for (var f = 0; f < fields.Count; f++)
            {
                sb.Append(',');
                JsJson.String(sb, fields[f].Name);
                sb.Append(":{");
                var firstRef = true;
                foreach (var docRef in JsJson.KeyOrder(posting.Refs[f]))
                {
                    if (!firstRef) sb.Append(',');
                    firstRef = false;
                    JsJson.String(sb, docRef);
                    sb.Append(":{}");
                }
                sb.Append('}');
            }
            sb.Append("}]");
        }
        sb.Append("],\"pipeline\":[");
        for (var i = 0; i < searchPipeline.Count; i++)
        {
            if (i > 0) sb.Append(',');
            JsJson.String(sb, searchPipeline[i]);
        }
        sb.Append("]}");
        return sb.ToString();
    }

    /// <summary>lunr.idf: ln(1 + |(N − n + ½) / (n + ½)|), where n counts a document once per field holding the term.</summary>
    static double Idf(Posting posting, int documentCount)
    {
        var withTerm = posting.Refs.Sum(r => r.Count);
        var x = (documentCount - withTerm + 0.5) / (withTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    /// <summary>JavaScript's Math.round: the nearest integer, halves towards +∞.</summary>
    static double RoundLikeJs(double x)
    {
        var floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }
}
