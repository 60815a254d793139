using System.Collections.Concurrent;
using Markdig.Syntax;
using SiteGen.Build;

namespace SiteGen.Markup;

/// <summary>
/// Keys of the parts of one rendered plan text: the outline (headings, notes, front matter), the front
/// text, each chapter and each section. A key changes when, and only when, what it covers changes; pages
/// name the keys of what they show (<see cref="Pages.SitePage.InputKey"/>), so an incremental build
/// re-renders a chapter page when that chapter changed, not when another did. The keys of the text
/// are computed once per parse and carried with it from build to build (<see cref="RenderedPlan.WithPlan"/>);
/// the outline, which holds the front matter, is computed for each load of the plan.
/// </summary>
public sealed class PlanTextKeys
{
    readonly PlanDocument document;
    readonly IReadOnlyDictionary<string, RenderedText> html;
    readonly TextKeys text;
    string? outline;

    /// <summary>Keys of the parsed and rendered text, which stay valid while the Markdown body is the same.</summary>
    sealed class TextKeys
    {
        public readonly ConcurrentDictionary<string, string> Sections = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, string> Chapters = new(StringComparer.Ordinal);
        public string? Front;
    }

    public PlanTextKeys(PlanDocument document, IReadOnlyDictionary<string, RenderedText> html) : this(document, html, new TextKeys()) { }

    PlanTextKeys(PlanDocument document, IReadOnlyDictionary<string, RenderedText> html, TextKeys text) =>
        (this.document, this.html, this.text) = (document, html, text);

    /// <summary>The keys for a new load of the same text (<see cref="RenderedPlan.WithPlan"/>): the text's keys are kept.</summary>
    public PlanTextKeys For(PlanDocument reloaded) => new(reloaded, html, text);

    /// <summary>What every page of the plan shows around its text: tables of contents, chapter titles, the editor's notes, the front matter.</summary>
    public string Outline => outline ??= ContentKey.Of(h =>
    {
        var front = document.Plan.Text.FrontMatter;
        h.Add(front.Plan, front.Source, front.Lines, front.Generator);
        void Toc(TocEntry e)
        {
            h.Add(e.Id, e.Text, e.ChapterId, e.Level.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var child in e.Children) Toc(child);
            h.Add("\u0002");
        }
        foreach (var entry in document.Toc) Toc(entry);
        foreach (var chapter in document.Chapters) h.Add(chapter.Id, chapter.Title);
        foreach (var passage in document.PassageList)
            foreach (var note in passage.Notes) h.Add(passage.Id, string.Join(" › ", passage.SectionPath), note.Marked, note.Note, note.NoteEn);
    });

    /// <summary>The text before the first chapter as rendered, in every language.</summary>
    public string Front => text.Front ??= ContentKey.Of(h => { foreach (var (language, text) in html) h.Add(language, text.Front); });

    /// <summary>A chapter as rendered, in every language.</summary>
    public string Chapter(string chapterId) => text.Chapters.GetOrAdd(chapterId, id => ContentKey.Of(h =>
    {
        foreach (var (language, text) in html) h.Add(language, text.Chapters[id]);
    }));

    /// <summary>A section (<see cref="PlanSection"/>): its place in the plan, its passages and its Markdown.</summary>
    public string Section(PlanSection section) => text.Sections.GetOrAdd(section.Id, _ => ContentKey.Of(h =>
    {
        h.Add(section.Id, section.Title, section.ChapterId, section.ChapterTitle, section.IsLead ? "lead" : "",
            section.Level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var p in section.Passages)
        {
            h.Add(p.Id, p.Kind, p.Text, p.ChapterId, string.Join(" › ", p.SectionPath), p.Location.ToString());
            foreach (var note in p.Notes) h.Add(note.Marked, note.Note, note.NoteEn);
        }
        var markdown = document.Plan.Text.Markdown;
        foreach (var block in section.Blocks)
            h.Add(block.Span.Start >= 0 && block.Span.End < markdown.Length ? markdown[block.Span.Start..(block.Span.End + 1)] : block.GetType().Name);
    }));
}
