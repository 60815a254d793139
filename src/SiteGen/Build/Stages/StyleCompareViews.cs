using System.Text;
using SiteGen.Compare;

namespace SiteGen.Build.Stages;

/// <summary>Writes assets/compare-views.css, the rules that let a compare view's permalink work without scripts.</summary>
public sealed class StyleCompareViews : IBuildStage
{
    public void Run(BuildContext context) =>
        CopyAssets.Add(context, CompareViewStyles.Asset, Encoding.UTF8.GetBytes(CompareViewStyles.Make(context.Content.Places)));
}
