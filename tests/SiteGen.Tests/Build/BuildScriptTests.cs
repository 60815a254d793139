using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>
/// build.ps1, the staff script, through the PowerShell engine of the System.Management.Automation
/// package: parsed by its parser (any syntax error fails), and run with -Output to a temp folder in a
/// hosted runspace that has only the engine's core cmdlets, as the script was written for. build.sh is
/// its twin: both run the same steps in the same order.
/// </summary>
public sealed partial class BuildScriptTests
{
    static string Script => Repo.PathOf("build.ps1");

    [Fact]
    public void Given_build_ps1_When_parsed_by_the_PowerShell_engine_Then_it_has_no_syntax_error()
    {
        var ast = Parser.ParseFile(Script, out _, out var errors);
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => $"build.ps1:{e.Extent.StartLineNumber}: {e.Message}")));
        var parameters = ast.ParamBlock.Parameters.Select(p => p.Name.VariablePath.UserPath).ToList();
        Assert.Equal(["Output", "Configuration"], parameters);
    }

    [Fact]
    public void Given_the_two_build_scripts_When_their_steps_are_read_Then_they_are_twins_ending_with_generate_and_check()
    {
        var ps1 = PowerShellStep().Matches(File.ReadAllText(Script)).Select(m => m.Groups[1].Value).ToList();
        var sh = ShellStep().Matches(File.ReadAllText(Repo.PathOf("build.sh"))).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["npm pins", "restore", "compile", "generate", "check"], ps1);
        Assert.Equal(ps1, sh);
    }

    [Fact]
    public void Given_build_ps1_When_run_by_the_hosted_engine_with_an_output_folder_Then_the_site_is_built_and_checked()
    {
        var output = Directory.CreateTempSubdirectory("sitegen-ps1-").FullName;
        var site = Path.Combine(output, "site");
        try
        {
            var state = InitialSessionState.CreateDefault2();
            using var runspace = RunspaceFactory.CreateRunspace(state);
            runspace.Open();
            using var ps = PowerShell.Create(runspace);
            ps.AddCommand(Script).AddParameter("Output", site).AddParameter("Configuration", "Release");
            // A failed step throws (the script sets $ErrorActionPreference = 'Stop'), and so does Invoke.
            var results = ps.Invoke();
            // sitegen prints progress and summaries on standard error, which the hosted engine files as error records.
            var said = string.Join("\n", results.Select(r => r?.ToString()).Concat(ps.Streams.Error.Select(e => e.ToString())));
            Assert.DoesNotContain(ps.Streams.Error, e => e.FullyQualifiedErrorId != "NativeCommandError" && e.FullyQualifiedErrorId != "NativeCommandErrorMessage");
            Assert.Contains("summary:", said);
            Assert.Contains("check passed", said);
            Assert.True(File.Exists(Path.Combine(site, "index.html")), said);
            Assert.True(File.Exists(Path.Combine(site, "en", "hohhot", "eco-plan", "ch5", "index.html")));
            Assert.Equal(BuiltSite.Context.Output.Count, Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Count());
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [GeneratedRegex(@"Invoke-Step '([^']+)'")] private static partial Regex PowerShellStep();
    [GeneratedRegex(@"^step ""([^""]+)""", RegexOptions.Multiline)] private static partial Regex ShellStep();
}
