using SiteGen.Build;

namespace SiteGen.Pages;

/// <summary>A kind of page the site has (home, place, plan…): yields its pages in one language.</summary>
public interface IPageSource
{
    IEnumerable<SitePage> Pages(BuildContext context, string language);
}
