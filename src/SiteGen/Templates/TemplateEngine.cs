using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Content;

namespace SiteGen.Templates;

/// <summary>
/// Parses every template under templates/ once, then renders pages with strict variables (a missing
/// member is an error, not an empty string), auto-escaping (<see cref="HtmlTemplateContext"/>) and no
/// loop limit (Scriban stops loops at 1000 iterations by default; lists of figures are longer).
/// </summary>
public sealed class TemplateEngine
{
    readonly string root;
    readonly Dictionary<string, Template> byName = new(StringComparer.Ordinal);
    readonly Dictionary<string, Template> byPath = new(StringComparer.Ordinal);
    /// <summary>Scriban's built-in functions, made once and shared (only read) by every render: making them
    /// for each context cost more than rendering a small page.</summary>
    readonly ScriptObject builtins = TemplateContext.GetDefaultBuiltinObject();

    public TemplateEngine(string templatesDir)
    {
        root = Path.GetFullPath(templatesDir);
        foreach (var file in Directory.EnumerateFiles(root, "*" + TemplateFolderLoader.Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, file).Replace('\\', '/')[..^TemplateFolderLoader.Extension.Length];
            var display = "templates/" + name + TemplateFolderLoader.Extension;
            var text = ContentFile.ReadText(file, display);
            if (string.IsNullOrWhiteSpace(text))
                throw new ContentException(new SourceLocation(display, 1), "the template is empty",
                    "a template that renders nothing is a damaged file; restore it from git (git checkout -- " + display + ")");
            var template = Template.Parse(text, display);
            if (template.HasErrors)
            {
                var first = template.Messages.First();
                throw new ContentException(new SourceLocation(display, first.Span.Start.Line + 1, first.Span.Start.Column + 1),
                    "template syntax error: " + first.Message, "see https://github.com/scriban/scriban/blob/master/doc/language.md");
            }
            byName[name] = template;
            byPath[file] = template;
        }
    }

    public bool Has(string name) => byName.ContainsKey(name);

    /// <summary>Renders the named template with the given globals.</summary>
    public string Render(string name, ScriptObject globals)
    {
        if (!byName.TryGetValue(name, out var template))
            throw new ContentException(new SourceLocation("templates/" + name + TemplateFolderLoader.Extension, 0), "template not found", "templates are named by their path under templates/ without the extension, e.g. pages/home");
        var context = new HtmlTemplateContext(builtins)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = int.MaxValue,
            // Scriban cuts any string it makes above 1 MiB by default, an include's output too, silently: a
            // page is never cut (compare pages of many places pass 1 MiB).
            LimitToString = 0,
            RecursiveLimit = 50,
            TemplateLoader = new TemplateFolderLoader(root),
        };
        foreach (var (path, parsed) in byPath) context.CachedTemplates[path] = parsed;
        var functions = new ScriptObject();
        functions.SetValue("include", new TrustedIncludeFunction(), readOnly: true);
        context.PushGlobal(functions);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var span = e.Span;
            throw new ContentException(new SourceLocation(span.FileName ?? template.SourceFilePath ?? name, span.Start.Line + 1, span.Start.Column + 1),
                "template error: " + e.OriginalMessage, "a template names a variable or member the page does not have", e);
        }
    }
}
