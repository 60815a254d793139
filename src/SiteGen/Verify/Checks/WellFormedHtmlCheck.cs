namespace SiteGen.Verify.Checks;

/// <summary>
/// Every page parses without an HTML5 parse error (AngleSharp reports them as browsers' parsers
/// define them), has a language, a title and one main landmark, no duplicate id, and nothing the
/// Content-Security-Policy would block: no inline script, no inline style, no style or on* attributes.
/// </summary>
public sealed class WellFormedHtmlCheck : ISiteCheck
{
    public string Name => "html";
    public string Description => "well-formed HTML5, unique ids, nothing inline that the CSP blocks";

    const string Hint = "fix the template that writes this page (templates/), or the Markdown of the plan text";

    public CheckResult Run(CheckedSite site)
    {
        var problems = new List<CheckProblem>();
        foreach (var (path, page) in site.Pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var (line, column, message) in page.ParseErrors)
                problems.Add(new CheckProblem(new(site.OutputLocation(path).File, line, column), "HTML parse error: " + message, Hint));
            var doc = page.Document;
            int Line(AngleSharp.Dom.IElement e) => e.SourceReference?.Position.Line ?? 0;
            void Add(AngleSharp.Dom.IElement? e, string message) => problems.Add(new CheckProblem(site.OutputLocation(path, e is null ? 0 : Line(e)), message, Hint));

            if (string.IsNullOrWhiteSpace(doc.DocumentElement.GetAttribute("lang"))) Add(doc.DocumentElement, "<html> has no lang");
            if (string.IsNullOrWhiteSpace(doc.Title)) Add(doc.Head, "the page has no <title>");
            if (doc.QuerySelectorAll("main").Length != 1) Add(doc.Body, $"the page has {doc.QuerySelectorAll("main").Length} <main> elements, not 1");
            foreach (var group in doc.QuerySelectorAll("[id]").GroupBy(e => e.Id!, StringComparer.Ordinal).Where(g => g.Count() > 1))
                Add(group.ElementAt(1), $"duplicate id '{group.Key}' ({group.Count()} elements)");
            // A script whose type is not JavaScript (JSON-LD, application/json) is a data block: never run, allowed by the CSP.
            foreach (var script in doc.QuerySelectorAll("script:not([src])").Where(s => IsJavaScript(s.GetAttribute("type"))))
                Add(script, "inline <script>: the Content-Security-Policy blocks it; put the code in templates/assets/");
            foreach (var style in doc.QuerySelectorAll("style"))
                Add(style, "inline <style>: the Content-Security-Policy blocks it; put the rules in templates/styles/");
            foreach (var element in doc.All)
                foreach (var attribute in element.Attributes)
                    if (attribute.Name == "style" || attribute.Name.StartsWith("on", StringComparison.Ordinal))
                        Add(element, $"<{element.LocalName} {attribute.Name}=…>: the Content-Security-Policy blocks inline styles and handlers");
        }
        return new CheckResult(problems, $"{site.Pages.Count:N0} pages");
    }

    static bool IsJavaScript(string? type) =>
        string.IsNullOrWhiteSpace(type) || type.Trim().ToLowerInvariant() is "module" or "text/javascript" or "application/javascript"
            or "text/ecmascript" or "application/ecmascript" or "text/jscript" or "text/livescript";
}
