using SiteGen.Publish;

namespace SiteGen.Build.Stages;

/// <summary>Swaps the built site into site-output/ (see <see cref="SitePublisher"/>).</summary>
public sealed class PublishSite(string target) : IBuildStage
{
    public void Run(BuildContext context) => SitePublisher.Publish(context.Output, target);
}
