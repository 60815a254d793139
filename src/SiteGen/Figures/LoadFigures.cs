using SiteGen.Build;

namespace SiteGen.Figures;

/// <summary>Loads the indicator catalog and every place's figures, proving each citation against the plan texts.</summary>
public sealed class LoadFigures : IBuildStage
{
    public void Run(BuildContext context)
    {
        context.Figures = new FigureLoader(context.Paths, context.Content, context.Plans).Load();
        context.Log.Info($"  {context.Figures.All.Count} figures ({context.Figures.Targets.Count()} targets), {context.Figures.Catalog.Indicators.Count} indicators");
    }
}
