using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Templates;

/// <summary>Scriban's include, returning the partial's output as <see cref="TrustedHtml"/>: the partial
/// escaped its own values already, so its output must not be escaped a second time.</summary>
public sealed class TrustedIncludeFunction : IScriptCustomFunction
{
    readonly IncludeFunction include = new();

    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(TrustedHtml);
    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);
    public int GetParameterIndexByName(string name) => include.GetParameterIndexByName(name);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new TrustedHtml(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new TrustedHtml((await include.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");
}
