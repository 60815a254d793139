namespace SiteGen.Build;

/// <summary>One step of the build pipeline, named verb + noun (LoadContent, RenderPages, VerifyLinks…).</summary>
public interface IBuildStage
{
    string Name => GetType().Name;
    void Run(BuildContext context);
}
