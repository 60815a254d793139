using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace SiteGen.Content;

/// <summary>
/// Reads content YAML into typed records. Every failure becomes a <see cref="ContentException"/>
/// naming file, line and column; records implementing <see cref="ILocated"/> learn where they start.
/// </summary>
public static class YamlReader
{
    public static T Read<T>(string path, string displayPath) where T : class =>
        Parse<T>(ContentFile.ReadText(path, displayPath), displayPath, lineOffset: 0);

    /// <summary>
    /// Like <see cref="Read{T}"/>, for files whose records the caller only reads, never changes: under
    /// `sitegen serve` the records parsed in an earlier build from the same text are returned again.
    /// </summary>
    public static T ReadShared<T>(string path, string displayPath) where T : class
    {
        var text = ContentFile.ReadText(path, displayPath);
        if (Cache.Value is not { } cache) return Parse<T>(text, displayPath, lineOffset: 0);
        var key = (typeof(T), displayPath);
        if (cache.TryGet(key, text) is T known) return known;
        var parsed = Parse<T>(text, displayPath, lineOffset: 0);
        cache.Set(key, text, parsed);
        return parsed;
    }

    /// <summary>
    /// Files read with <see cref="ReadShared{T}"/>, kept from build to build under `sitegen serve`
    /// (<see cref="Build.BuildCache"/>). Ambient (set around a build by <see cref="UseCache"/>, and
    /// flowing into parallel work) because content is read by many loaders that know nothing of builds.
    /// </summary>
    static readonly AsyncLocal<ParsedYaml?> Cache = new();

    public static IDisposable UseCache(ParsedYaml cache)
    {
        var previous = Cache.Value;
        Cache.Value = cache;
        return new Restore(() => Cache.Value = previous);
    }

    sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    /// <summary>One deserializer for all files (building one costs more than reading a small file); the file
    /// being read is told to its location tracker through <see cref="Current"/>, one per thread.</summary>
    static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithNodeDeserializer(inner => new LocatingNodeDeserializer(inner), s => s.InsteadOf<ObjectNodeDeserializer>())
        .WithMaximumRecursion(64)
        .WithDuplicateKeyChecking()
        .Build();

    [ThreadStatic] static LocationTracker? Current;

    public static T Parse<T>(string yaml, string displayPath, int lineOffset) where T : class
    {
        var previous = Current;
        Current = new LocationTracker(displayPath, lineOffset);
        try
        {
            var result = Deserializer.Deserialize<T>(yaml);
            return result ?? throw new ContentException(new SourceLocation(displayPath, lineOffset + 1), "the file is empty",
                "a content file holds one YAML mapping; see README.md, section 'Content model'");
        }
        catch (YamlException e)
        {
            var mark = e.Start;
            var inner = e.InnerException is YamlException ? e.InnerException : e;
            var message = Describe(inner);
            throw new ContentException(new SourceLocation(displayPath, (int)mark.Line + lineOffset, (int)mark.Column), message,
                "check the YAML syntax and the field names (lower_snake_case)", e);
        }
        finally
        {
            Current = previous;
        }
    }

    static string Describe(Exception e)
    {
        var text = e.Message;
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; we print our own location.
        var cut = text.LastIndexOf("): ", StringComparison.Ordinal);
        if (text.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0) text = text[(cut + 3)..];
        if (e.InnerException is { } inner && inner is not YamlException) text += ": " + inner.Message;
        return text;
    }

    sealed record LocationTracker(string File, int LineOffset);

    sealed class LocatingNodeDeserializer(INodeDeserializer inner) : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
            out object? value, ObjectDeserializer rootDeserializer)
        {
            var start = reader.Current?.Start ?? Mark.Empty;
            if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer)) return false;
            if (value is ILocated located && Current is { } tracker)
                located.Location = new SourceLocation(tracker.File, (int)start.Line + tracker.LineOffset, (int)start.Column);
            return true;
        }
    }
}

/// <summary>YAML parsed in an earlier build, by type and file, with the text it was parsed from.</summary>
public sealed class ParsedYaml
{
    readonly Dictionary<(Type, string), (string Text, object Value)> files = [];

    public object? TryGet((Type, string) key, string text)
    {
        lock (files) return files.TryGetValue(key, out var known) && known.Text == text ? known.Value : null;
    }

    public void Set((Type, string) key, string text, object value)
    {
        lock (files) files[key] = (text, value);
    }
}

/// <summary>Reading content files as text, with the checks every content file needs.</summary>
public static class ContentFile
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadText(string path, string displayPath)
    {
        if (!File.Exists(path))
            throw new ContentException(new SourceLocation(displayPath, 0), "file not found", "check the path and the file name");
        var bytes = File.ReadAllBytes(path);
        return Decode(bytes, displayPath);
    }

    public static string Decode(byte[] bytes, string displayPath)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = LineOf(bytes, e.Index < 0 ? 0 : e.Index);
            throw new ContentException(new SourceLocation(displayPath, line, column), "the file is not valid UTF-8",
                "save the file as UTF-8 (without BOM)", e);
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
            throw new ContentException(new SourceLocation(displayPath, 1, 1), "the file starts with a byte order mark (BOM)",
                "save the file as UTF-8 without BOM");
        var longest = LongestLine(text);
        if (longest.Length > MaxLineLength)
            throw new ContentException(new SourceLocation(displayPath, longest.Line), $"line {longest.Line} is {longest.Length:N0} characters long",
                $"content files hold at most {MaxLineLength:N0} characters a line (a plan's paragraph is a few thousand); a line this long is a damaged file");
        var cr = text.IndexOf('\r');
        if (cr >= 0)
        {
            var line = 1 + text.AsSpan(0, cr).Count('\n');
            throw new ContentException(new SourceLocation(displayPath, line), "the file has Windows line endings (CRLF)",
                "save the file with LF line endings (git config core.autocrlf false)");
        }
        return text;
    }

    /// <summary>Longest line a content, template or source file may have.</summary>
    public const int MaxLineLength = 100_000;

    static (int Line, int Length) LongestLine(string text)
    {
        var (line, length, n, start) = (1, 0, 1, 0);
        for (int i; (i = text.IndexOf('\n', start)) >= 0 || start <= text.Length; n++)
        {
            var end = i < 0 ? text.Length : i;
            if (end - start > length) (line, length) = (n, end - start);
            if (i < 0) break;
            start = i + 1;
        }
        return (line, length);
    }

    static (int Line, int Column) LineOf(byte[] bytes, int index)
    {
        int line = 1, column = 1;
        for (var i = 0; i < Math.Min(index, bytes.Length); i++)
        {
            if (bytes[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return (line, column);
    }
}
