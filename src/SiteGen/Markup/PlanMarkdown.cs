using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;
using SiteGen.Markup.Extensions.Anchors;
using SiteGen.Markup.Extensions.CjkStrong;
using SiteGen.Markup.Extensions.EditorNotes;
using SiteGen.Markup.Extensions.PlanTables;
using SiteGen.Markup.Extensions.TermLinks;
using SiteGen.Output;

namespace SiteGen.Markup;

/// <summary>
/// The Markdown dialect of plan texts: CommonMark with pipe tables (captions, merged cells),
/// subscripts (PM~2.5~), CJK-friendly bold, editor's notes, no raw HTML and no links: plan texts are
/// published word for word and link nowhere, so "[x](javascript:…)" and "&lt;javascript:…&gt;" stay plain
/// text instead of becoming links a script could ride on. Heading ids come from
/// <see cref="AssignAnchors"/>, never from Markdig's auto-identifiers (which give all-Chinese
/// headings "section", "section-1", …).
/// </summary>
public sealed class PlanMarkdown
{
    readonly MarkdownPipeline pipeline;

    public PlanMarkdown(PlanRenderOptions options)
    {
        Options = options;
        var builder = new MarkdownPipelineBuilder();
        builder.InlineParsers.RemoveAll(p => p is LinkInlineParser);
        builder.InlineParsers.RemoveAll(p => p is AutolinkInlineParser);
        pipeline = builder
            .UsePipeTables(new Markdig.Extensions.Tables.PipeTableOptions { RequireHeaderSeparator = true })
            .UseEmphasisExtras(EmphasisExtraOptions.Subscript)
            .Use(new CjkStrongExtension())
            .Use(new EditorNoteExtension(options))
            .Use(new PlanTableExtension(options))
            .Use(new AnchorExtension(options))
            .Use(new TermLinkExtension(options))
            .DisableHtml()
            .Build();
    }

    public PlanRenderOptions Options { get; }

    public MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, pipeline);

    /// <summary>
    /// Markdig refuses absurdly deep nesting (while parsing or rendering) with an ArgumentException; this
    /// makes it a content error at the plan text's most deeply nested line.
    /// </summary>
    public static bool IsNestingError(Exception e) => e is ArgumentException && e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase);

    public static Content.ContentException NestingError(string markdown, string file, int bodyLine, Exception e)
    {
        var lines = markdown.Split('\n');
        var deepest = Enumerable.Range(0, lines.Length).MaxBy(i => Depth(lines[i]));
        return new Content.ContentException(new Content.SourceLocation(file, bodyLine + deepest), "the Markdown is nested too deeply: " + e.Message,
            "plan text holds headings, paragraphs and tables only: no block quotes, lists or runs of emphasis marks", e);

        static int Depth(string line) => line.TakeWhile(c => c is '>' or ' ' or '-' or '*' or '+' or '[' or '_').Count()
            + line.Count(c => c is '*' or '_' or '[' or '`');
    }

    /// <summary>Renders blocks of a parsed document (which may have been parsed by another instance).</summary>
    /// <param name="pageUrl">The site URL of the page the HTML goes on: links to other pages (term links)
    /// are made relative to it. Without it they stay site-root URLs.</param>
    public string Render(IEnumerable<Block> blocks, string? pageUrl = null)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        if (pageUrl is not null) renderer.LinkRewriter = url => url.StartsWith('/') ? SiteUrls.Relative(pageUrl, url) : url;
        pipeline.Setup(renderer);
        foreach (var block in blocks) renderer.Render(block);
        writer.Flush();
        return writer.ToString();
    }
}
