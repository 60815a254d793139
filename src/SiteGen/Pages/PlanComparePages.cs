using SiteGen.Build;
using SiteGen.Compare;
using SiteGen.Content;
using SiteGen.Markup;
using SiteGen.Output;
using SiteGen.Templates;

namespace SiteGen.Pages;

/// <summary>
/// Two plans chapter by chapter, where their structure aligns (content/chapter-alignment.yaml): the
/// aligned plans row by row (/compare/plans/), each pair's rows (/compare/plans/hohhot-changji/), and
/// each row of a pair with both texts side by side (/compare/plans/hohhot-changji/air/).
/// </summary>
public sealed class PlanComparePages : IPageSource
{
    public static string PairUrl(Plan a, Plan b) => $"{TopicUrls.ComparePlans}{a.Place.Slug}-{b.Place.Slug}/";

    public IEnumerable<SitePage> Pages(BuildContext context, string language)
    {
        if (context.Alignment is not { } alignment) yield break;
        var v = new ReadingViewBuilder(context, language);
        var html = new SectionHtml(context);
        var home = new LinkView(v.T("nav.home"), SiteUrls.LanguageRoot(language));
        var compare = new LinkView(v.T("compare.title"), v.U(TopicUrls.Compare));
        var index = new LinkView(v.T("compare_plans.title"), v.U(TopicUrls.ComparePlans));

        object PlanHead(Plan p) => new { Place = v.Place(p.Place), Title = v.PlanTitle(p), TitleZh = p.Title.Zh, Url = v.U(PlanUrls.Plan(p)) };
        List<LinkView> Parts(ChapterAlignment.Row row, Plan p) => row.Of(p).Select(part => new LinkView(part.Title, v.U(part.Url))).ToList();

        yield return new SitePage(v.U(TopicUrls.ComparePlans), language, "pages/compare-plans", v.T("compare_plans.title"))
        {
            Kind = "compare-plans",
            InputKey = () => context.InputKeys.Alignment(alignment),
            Description = v.T("compare_plans.description"),
            Breadcrumbs = [home, compare],
            Model = () => new Dictionary<string, object?>
            {
                ["plans"] = alignment.Plans.Select(PlanHead).ToList(),
                ["pairs"] = alignment.Pairs.Select(p => new LinkView(Pair(v, p.A, p.B), v.U(PairUrl(p.A, p.B)))).ToList(),
                ["rows"] = alignment.Rows.Select(row => new
                {
                    Name = row.Name.In(language),
                    Cells = alignment.Plans.Select(p => Parts(row, p)).ToList(),
                }).ToList(),
            },
        };

        foreach (var (a, b) in alignment.Pairs)
        {
            var pairUrl = v.U(PairUrl(a, b));
            var rows = alignment.Rows.Where(r => r.Of(a).Count + r.Of(b).Count > 0).ToList();
            var pairTitle = Pair(v, a, b);
            yield return new SitePage(pairUrl, language, "pages/compare-pair", pairTitle)
            {
                Kind = "compare-pair",
                InputKey = () => context.InputKeys.Alignment(alignment),
                Description = string.Format(System.Globalization.CultureInfo.InvariantCulture, v.T("compare_plans.pair_description"), pairTitle),
                Breadcrumbs = [home, compare, index],
                Model = () => new Dictionary<string, object?>
                {
                    ["plans"] = new[] { PlanHead(a), PlanHead(b) },
                    ["rows"] = rows.Select(row => new
                    {
                        Name = row.Name.In(language),
                        Url = pairUrl + row.Id + "/",
                        Cells = new[] { Parts(row, a), Parts(row, b) },
                    }).ToList(),
                },
            };

            foreach (var (row, i) in rows.Select((row, i) => (row, i)))
            {
                var url = pairUrl + row.Id + "/";
                LinkView? Neighbour(int k) => k >= 0 && k < rows.Count ? new LinkView(rows[k].Name.In(language), pairUrl + rows[k].Id + "/") : null;
                yield return new SitePage(url, language, "pages/compare-row", $"{row.Name.In(language)} · {pairTitle}")
                {
                    Kind = "compare-row",
                    InputKey = () => context.InputKeys.AlignedRow(alignment, row, a, b),
                    Scripts = [ComparePages.Script],
                    Crumb = row.Name.In(language),
                    Description = string.Format(System.Globalization.CultureInfo.InvariantCulture, v.T("compare_plans.row_description"), row.Name.In(language), pairTitle),
                    Breadcrumbs = [home, compare, index, new LinkView(pairTitle, pairUrl)],
                    Model = () => new Dictionary<string, object?>
                    {
                        ["row_name"] = row.Name.In(language),
                        ["pair_title"] = pairTitle,
                        ["pair_url"] = pairUrl,
                        ["columns"] = new[] { a, b }.Select(plan => new
                        {
                            Plan = PlanHead(plan),
                            Parts = row.Of(plan).Select(part => new
                            {
                                part.Title,
                                Url = v.U(part.Url),
                                Sections = part.Sections.Select(s => v.Text(s, html.For(s, language, url))).ToList(),
                            }).ToList(),
                        }).ToList(),
                        ["previous"] = Neighbour(i - 1),
                        ["next"] = Neighbour(i + 1),
                        ["position"] = i + 1,
                        ["count"] = rows.Count,
                    },
                };
            }
        }
    }

    static string Pair(ReadingViewBuilder v, Plan a, Plan b) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, v.T("compare_plans.pair"), a.Place.Name.In(v.Language), b.Place.Name.In(v.Language));
}
