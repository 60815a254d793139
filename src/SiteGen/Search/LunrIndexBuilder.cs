using System.Runtime.InteropServices;
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

    sealed class Posting(string term, int index, int fieldCount)
    {
        public string Term { get; } = term;
        public int Index { get; } = index;
        /// <summary>Per field: the documents holding the term (their positions in <see cref="refs"/>), in the order they
        /// were added; null for a field no document holds it in (most terms are in one or two of the fields).</summary>
        public List<int>?[] Documents { get; } = new List<int>?[fieldCount];
        /// <summary>The last field entry that counted this term, and its count there.</summary>
        public int CountedIn = -1, Count;
        /// <summary>lunr's idf of the term, once the index is complete.</summary>
        public double Idf;
    }

    /// <summary>A field of a document: its terms (by <see cref="Posting.Index"/>, ascending, as lunr's vectors list them)
    /// with their frequencies, and its length in terms.</summary>
    sealed record FieldEntry(int Document, int Field, int[] Terms, int[] Frequencies, int Length);

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
        lengthSums = new double[fields.Count];
    }

    readonly Dictionary<string, Posting> invertedIndex = new(StringComparer.Ordinal);
    /// <summary>The postings in order of <see cref="Posting.Index"/>.</summary>
    readonly List<Posting> postings = [];
    readonly List<FieldEntry> entries = [];
    readonly List<string> refs = [];
    readonly List<double> boosts = [];
    readonly HashSet<string> knownRefs = new(StringComparer.Ordinal);
    readonly double[] lengthSums;
    readonly List<Posting> counted = [];
    /// <summary>Whether every ref so far is an array index greater than the one before: then each posting's documents
    /// are already in the order a JavaScript object lists such keys (a site's refs are positions, so this is the rule).</summary>
    bool refsAscending = true;
    long lastArrayIndex = -1;

    public int DocumentCount => refs.Count;

    /// <summary>Adds a document: its ref and, per field (in the order of the fields), its terms.</summary>
    public void Add(string docRef, IReadOnlyList<IReadOnlyList<string>> fieldTerms, double boost = 1)
    {
        if (fieldTerms.Count != fields.Count) throw new ArgumentException($"document {docRef} has {fieldTerms.Count} fields, the index {fields.Count}");
        if (!knownRefs.Add(docRef)) throw new ArgumentException($"two documents have the ref '{docRef}'");
        var document = refs.Count;
        refs.Add(docRef);
        boosts.Add(boost);
        var arrayIndex = JsJson.ArrayIndex(docRef);
        if (arrayIndex <= lastArrayIndex) refsAscending = false;
        lastArrayIndex = arrayIndex;
        for (var f = 0; f < fields.Count; f++)
        {
            var terms = fieldTerms[f];
            // term frequencies counted on the postings themselves, marked with this entry's number
            var entry = entries.Count;
            counted.Clear();
            foreach (var term in terms)
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(invertedIndex, term, out var known);
                if (!known) postings.Add(slot = new Posting(term, postings.Count, fields.Count));
                var posting = slot!;
                if (posting.CountedIn != entry)
                {
                    posting.CountedIn = entry;
                    posting.Count = 0;
                    counted.Add(posting);
                    (posting.Documents[f] ??= []).Add(document);
                }
                posting.Count++;
            }
            var termIndexes = new int[counted.Count];
            var termFrequencies = new int[counted.Count];
            for (var i = 0; i < counted.Count; i++) { termIndexes[i] = counted[i].Index; termFrequencies[i] = counted[i].Count; }
            Array.Sort(termIndexes, termFrequencies);
            entries.Add(new FieldEntry(document, f, termIndexes, termFrequencies, terms.Count));
            lengthSums[f] += terms.Count;
        }
    }

    /// <summary>The index as lunr's Index#toJSON writes it, through JSON.stringify.</summary>
    public string ToJson()
    {
        var sb = new StringBuilder();
        WriteJson(sb);
        return sb.ToString();
    }

    /// <summary>Appends <see cref="ToJson"/> to <paramref name="sb"/> (a shard writes it inside its own JSON, with no copy).</summary>
    public void WriteJson(StringBuilder sb)
    {
        var documentCount = DocumentCount;
        // every document has every field, so each field's average length is over all documents
        var averageLength = lengthSums.Select(sum => sum / documentCount).ToArray();
        foreach (var posting in postings) posting.Idf = Idf(posting, documentCount);

        sb.Append("{\"version\":");
        JsJson.String(sb, Version);
        sb.Append(",\"fields\":[");
        for (var f = 0; f < fields.Count; f++)
        {
            if (f > 0) sb.Append(',');
            JsJson.String(sb, fields[f].Name);
        }
        sb.Append("],\"fieldVectors\":[");
        var fieldPrefixes = fields.Select(f => f.Name + "/").ToArray();
        var first = true;
        foreach (var entry in entries)
        {
            if (!first) sb.Append(',');
            first = false;
            sb.Append('[');
            JsJson.String(sb, fieldPrefixes[entry.Field] + refs[entry.Document]);
            sb.Append(",[");
            var fieldBoost = fields[entry.Field].Boost is var fb && fb != 0 ? fb : 1;
            var docBoost = boosts[entry.Document] is var db && db != 0 ? db : 1;
            for (var i = 0; i < entry.Terms.Length; i++)
            {
                var tf = entry.Frequencies[i];
                // the same operations in the same order as lunr.Builder#createFieldVectors
                var score = postings[entry.Terms[i]].Idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (entry.Length / averageLength[entry.Field])) + tf);
                score *= fieldBoost;
                score *= docBoost;
                if (i > 0) sb.Append(',');
                sb.Append(entry.Terms[i]);
                sb.Append(',');
                Thousandths(sb, RoundLikeJs(score * 1000));
            }
            sb.Append("]]");
        }
        sb.Append("],\"invertedIndex\":[");
        // "," + "name" + ":{", once per field rather than once per term and field
        var fieldKeys = fields.Select(f => { var key = new StringBuilder(","); JsJson.String(key, f.Name); return key.Append(":{").ToString(); }).ToArray();
        var quotedRefs = refs.Select(r => { var key = new StringBuilder(); JsJson.String(key, r); return key.Append(":{}").ToString(); }).ToArray();
        var byTerm = InOrdinalOrder(postings);
        first = true;
        foreach (var posting in byTerm)
        {
            if (!first) sb.Append(',');
            first = false;
            sb.Append('[');
            JsJson.String(sb, posting.Term);
            sb.Append(",{\"_index\":");
            sb.Append(posting.Index);
            for (var f = 0; f < fields.Count; f++)
            {
                sb.Append(fieldKeys[f]);
                var documents = posting.Documents[f] ?? [];
                if (refsAscending)
                    for (var i = 0; i < documents.Count; i++)
                    {
                        if (i > 0) sb.Append(',');
                        sb.Append(quotedRefs[documents[i]]);
                    }
                else
                {
                    var firstRef = true;
                    foreach (var docRef in JsJson.KeyOrder(documents.Select(d => refs[d]).ToList()))
                    {
                        if (!firstRef) sb.Append(',');
                        firstRef = false;
                        JsJson.String(sb, docRef);
                        sb.Append(":{}");
                    }
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
    }

    /// <summary>
    /// The postings in ordinal order of their terms, as lunr writes them. Sorted by a number made of each term's first
    /// four UTF-16 units (most terms are two-character bigrams), then by string where those are equal: thousands of
    /// string comparisons through a delegate per shard took a third of writing the index. A term never holds U+0000,
    /// so padding a short term with zeros puts it before the longer terms it begins.
    /// </summary>
    static Posting[] InOrdinalOrder(List<Posting> postings)
    {
        var byTerm = postings.ToArray();
        var keys = new ulong[byTerm.Length];
        for (var i = 0; i < byTerm.Length; i++)
        {
            var term = byTerm[i].Term;
            ulong key = 0;
            for (var c = 0; c < 4; c++) key = key << 16 | (c < term.Length ? term[c] : 0u);
            keys[i] = key;
        }
        Array.Sort(keys, byTerm);
        for (var start = 0; start < byTerm.Length;)
        {
            var end = start + 1;
            while (end < byTerm.Length && keys[end] == keys[start]) end++;
            if (end - start > 1) Array.Sort(byTerm, start, end - start, Comparer<Posting>.Create((a, b) => string.CompareOrdinal(a.Term, b.Term)));
            start = end;
        }
        return byTerm;
    }

    /// <summary>lunr.idf: ln(1 + |(N − n + ½) / (n + ½)|), where n counts a document once per field holding the term.</summary>
    static double Idf(Posting posting, int documentCount)
    {
        var withTerm = 0;
        foreach (var documents in posting.Documents) withTerm += documents?.Count ?? 0;
        var x = (documentCount - withTerm + 0.5) / (withTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    /// <summary>
    /// Writes m / 1000 (m a whole number, a score rounded to three decimals) as JSON.stringify writes that
    /// quotient: m / 1000 is the double nearest to the decimal m/1000, and a decimal of at most 15
    /// significant digits is the shortest that reads back as its nearest double, so the digits are m's with
    /// the point three places in and trailing zeros dropped. Formatting the double ("R") cost more than the
    /// rest of the index; anything out of that range goes through <see cref="JsJson.Number"/>.
    /// </summary>
    static void Thousandths(StringBuilder sb, double m)
    {
        if (m is <= 0 or >= 1e15 || m != Math.Floor(m)) { JsJson.Number(sb, m / 1000); return; }
        var n = (long)m;
        sb.Append(n / 1000);
        var fraction = (int)(n % 1000);
        if (fraction == 0) return;
        sb.Append('.');
        sb.Append((char)('0' + fraction / 100));
        if (fraction % 100 == 0) return;
        sb.Append((char)('0' + fraction / 10 % 10));
        if (fraction % 10 == 0) return;
        sb.Append((char)('0' + fraction % 10));
    }

    /// <summary>JavaScript's Math.round: the nearest integer, halves towards +∞.</summary>
    static double RoundLikeJs(double x)
    {
        var floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }
}
