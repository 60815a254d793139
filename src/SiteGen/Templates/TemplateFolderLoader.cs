using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Templates;

/// <summary>Resolves {{ include 'partials/toc' }} to templates/partials/toc.scriban-html.</summary>
public sealed class TemplateFolderLoader(string root) : ITemplateLoader
{
    public const string Extension = ".scriban-html";

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (templateName.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(templateName))
            throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"template name '{templateName}' must stay inside templates/");
        return Path.Combine(root, templateName + Extension);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.Exists(templatePath)
            ? File.ReadAllText(templatePath)
            : throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"template '{Path.GetFileName(templatePath)}' not found");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
