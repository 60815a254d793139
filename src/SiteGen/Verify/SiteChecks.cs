using SiteGen.Verify.Checks;

namespace SiteGen.Verify;

/// <summary>
/// The checks <c>sitegen check</c> runs, in order. To add a verification (for example the figures'
/// citation check), implement <see cref="ISiteCheck"/> and add it here: one line, nothing else to wire.
/// </summary>
public static class SiteChecks
{
    public static IReadOnlyList<ISiteCheck> All() =>
    [
        new LinksAndAnchorsCheck(),
        new WellFormedHtmlCheck(),
        new NoOutsideHostsCheck(),
        new PassageCitationsCheck(),
        new FigureCitationsCheck(),
        new SourceFidelityCheck(),
        new PublishedSiteCheck(),
    ];
}
