using SiteGen.Build;

namespace SiteGen.Search;

/// <summary>
/// A feature that gives search something to find. Sources are registered in Build/BuildPipeline.cs
/// (<see cref="BuildContext.SearchSources"/>); the BuildSearchIndex stage indexes what they yield, in
/// registration order.
/// </summary>
public interface ISearchDocumentSource
{
    IEnumerable<SearchDocument> Documents(BuildContext context);
}
