using SiteGen.Markup;
using SiteGen.Output;

namespace SiteGen.Verify.Checks;

/// <summary>
/// Every passage of every plan (heading, paragraph, table, table row) can be cited: its citation URL
/// (<see cref="PlanUrls.Passage"/>) leads, in each language, to a page holding an element with its id and
/// a ¶ link to it. The citation data each plan text carries (data-cite-url, -title, -docno) names the page
/// it is on and the plan's record. Figures and other citing data add their own checks in <see cref="SiteChecks"/>.
/// </summary>
public sealed class PassageCitationsCheck : ISiteCheck
{
    public string Name => "citations";
    public string Description => "every passage's citation URL leads to its anchor; citation data match the record";

    public CheckResult Run(CheckedSite site)
    {
        var build = site.Build;
        var problems = new List<CheckProblem>();
        var baseUrl = build.Content.Site.BaseUrl.TrimEnd('/');
        var cited = 0;
        foreach (var plan in build.Content.Plans)
        {
            var document = build.Plans[plan.Id].Document;
            foreach (var language in build.Languages)
            {
                foreach (var passage in document.PassageList)
                {
                    cited++;
                    var url = SiteUrls.InLanguage(PlanUrls.Passage(plan, passage), language);
                    var file = SiteUrls.FileOf(url);
                    if (!site.Pages.TryGetValue(file, out var page))
                    {
                        problems.Add(new CheckProblem(passage.Location, $"the citation URL {url} of passage '{passage.Id}' names no page",
                            "every chapter of a plan has a page; check the chapter headings of the plan text"));
                        continue;
                    }
                    var element = page.Document.GetElementById(passage.Id);
                    if (element is null)
                        problems.Add(new CheckProblem(passage.Location, $"passage '{passage.Id}' has no element with its id on {file}",
                            "the anchor of a passage must be on the page its citation URL names"));
                    else if (element.QuerySelector($"a.pilcrow[href='#{passage.Id}']") is null && passage.Kind != "table")
                        problems.Add(new CheckProblem(passage.Location, $"passage '{passage.Id}' has no ¶ link on {file}",
                            "every citable passage carries a ¶ link to itself (Markup/Extensions/Anchors)"));
                }
                foreach (var path in new[] { PlanUrls.Plan(plan) }.Concat(document.Chapters.Select(c => PlanUrls.Chapter(plan, c.Id))))
                {
                    var pageUrl = SiteUrls.InLanguage(path, language);
                    if (!site.Pages.TryGetValue(SiteUrls.FileOf(pageUrl), out var page)) continue;
                    foreach (var text in page.Document.QuerySelectorAll("[data-cite-url]"))
                    {
                        var line = text.SourceReference?.Position.Line ?? 0;
                        void Expect(string attribute, string expected)
                        {
                            var actual = text.GetAttribute(attribute) ?? "";
                            if (actual != expected)
                                problems.Add(new CheckProblem(site.OutputLocation(SiteUrls.FileOf(pageUrl), line),
                                    $"{attribute} is '{actual}', expected '{expected}'", "citation data come from the plan record and the page URL (templates/pages/)"));
                        }
                        Expect("data-cite-url", baseUrl + pageUrl);
                        Expect("data-cite-title", plan.Title.Zh);
                        Expect("data-cite-docno", plan.DocNumber ?? "");
                    }
                }
            }
        }
        return new CheckResult(problems, $"{cited:N0} passage citations");
    }
}
