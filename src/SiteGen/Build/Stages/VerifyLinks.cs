using SiteGen.Content;
using SiteGen.Verify;

namespace SiteGen.Build.Stages;

/// <summary>Fails the build if any internal link or #anchor of the built site does not resolve.</summary>
public sealed class VerifyLinks : IBuildStage
{
    public void Run(BuildContext context)
    {
        var problems = LinkChecker.Check(context.Output, context.Content.Site.BaseUrl);
        if (problems.Count == 0) return;
        foreach (var problem in problems.Take(20)) context.Log.Info("  " + problem);
        throw new ContentException(new SourceLocation("site-output/" + problems[0].Page, 0),
            $"{problems.Count} broken link(s), e.g. {problems[0].What}: {problems[0].Link}",
            "a template or content links to a page or anchor that the build does not produce");
    }
}
