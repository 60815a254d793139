using SiteGen.Bench;
using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Bench;

/// <summary>The corpora `sitegen bench` times are real sites: they build, and grow with the scale.</summary>
public sealed class SyntheticCorpusTests
{
    [Fact]
    public void Given_a_corpus_of_twice_the_five_plans_When_built_Then_it_builds_with_twice_the_plan_pages()
    {
        var root = Directory.CreateTempSubdirectory("sitegen-corpus-").FullName;
        try
        {
            var info = SyntheticCorpus.Write(Repo.Paths, Path.Combine(root, "corpus"), 2);
            Assert.Equal(10, info.Places);
            Assert.Equal(2 * BuiltSite.Context.Content.Plans.Count(), info.Plans);
            var built = new BuildPipeline(new ProjectPaths(info.Root), new BuildLog(TextWriter.Null, quiet: true)).Run(publishTo: null).Context;
            int PlanPages(BuildContext c) => c.Pages.Count(p => p.Kind is "plan" or "chapter");
            Assert.Equal(2 * PlanPages(BuiltSite.Context), PlanPages(built));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
