using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Markup.Extensions.EditorNotes;

namespace SiteGen.Markup.Extensions.CjkStrong;

/// <summary>
/// Matches "**text**" within one line where the text is not empty and does not start or end with a
/// space, whatever characters surround it. The text is parsed on its own (subscripts, editor's notes)
/// and becomes the content of a strong emphasis.
/// </summary>
public sealed class CjkStrongParser : InlineParser
{
    static readonly MarkdownPipeline Inner = CreateInner();

    public CjkStrongParser() => OpeningCharacters = ['*'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekCharExtra(1) != '*') return false;
        var text = slice.Text;
        var start = slice.Start + 2;
        if (start > slice.End || text[start] is ' ' or '*' or '\n') return false;
        var close = text.IndexOf("**", start, slice.End - start + 1, StringComparison.Ordinal);
        if (close < 0 || text[close - 1] == ' ' || text.AsSpan(start, close - start).Contains('\n')) return false;

        var strong = new EmphasisInline { DelimiterChar = '*', DelimiterCount = 2, Span = new(slice.Start, close + 1), IsClosed = true };
        foreach (var inline in ParseInner(text.Substring(start, close - start))) strong.AppendChild(inline);
        processor.Inline = strong;
        slice.Start = close + 2;
        return true;
    }

    static List<Inline> ParseInner(string markdown)
    {
        var paragraph = Markdown.Parse(markdown, Inner).OfType<ParagraphBlock>().FirstOrDefault();
        var inlines = new List<Inline>();
        for (var child = paragraph?.Inline?.FirstChild; child is not null;)
        {
            var next = child.NextSibling;
            child.Remove();
            inlines.Add(child);
            child = next;
        }
        return inlines;
    }

    static MarkdownPipeline CreateInner()
    {
        var builder = new MarkdownPipelineBuilder().UseEmphasisExtras(EmphasisExtraOptions.Subscript).DisableHtml();
        builder.InlineParsers.Insert(0, new EditorNoteParser());
        return builder.Build();
    }
}
