using SiteGen.Compare;

namespace SiteGen.Build.Stages;

/// <summary>Reads and checks the chapter alignment of the plans compared chapter by chapter (content/chapter-alignment.yaml).</summary>
public sealed class AlignChapters : IBuildStage
{
    public void Run(BuildContext context)
    {
        context.Alignment = ChapterAlignment.Load(context.Paths, context.Content, context.Plans);
        if (context.Alignment is { } a) context.Log.Info($"  {a.Plans.Count} plans aligned in {a.Rows.Count} rows");
    }
}
