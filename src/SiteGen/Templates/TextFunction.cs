using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Templates;

/// <summary>
/// A template function of one text that returns a text (t "key", url "/a/", asset "x.css"), called
/// directly: Scriban calls a delegate-made function through <c>Delegate.DynamicInvoke</c>, whose
/// reflection was the largest single cost of rendering a page. Errors are reported as Scriban reports
/// them, at the call in the template.
/// </summary>
public sealed class TextFunction(Func<string, string> function) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");
    public int GetParameterIndexByName(string name) => name == "text" ? 0 : -1;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count != 1) throw new ScriptRuntimeException(span, $"the function takes one argument, not {arguments.Count}");
        var text = arguments[0] as string ?? context.ObjectToString(arguments[0]) ?? "";
        try
        {
            return function(text);
        }
        catch (ArgumentException e)
        {
            throw new ScriptRuntimeException(span, e.Message);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
