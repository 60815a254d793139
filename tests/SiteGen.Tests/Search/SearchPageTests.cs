using SiteGen.Build;
using SiteGen.Build.Stages;
using SiteGen.Commands;
using SiteGen.Markup;
using SiteGen.Search;
using SiteGen.Tests.Support;
using SiteGen.Verify;
using static SiteGen.Tests.Search.SearchUnderNode;

namespace SiteGen.Tests.Search;

public sealed class SearchPageTests
{
    [Theory]
    [InlineData("search/index.html", "zh-CN")]
    [InlineData("en/search/index.html", "en")]
    public void Given_the_built_site_When_the_search_page_is_read_Then_it_has_the_form_filters_scripts_as_files_and_a_no_script_way_to_browse(string path, string lang)
    {
        var page = BuiltSite.Page(path);
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        var form = page.QuerySelector("form#search-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal((path, ""), LinkChecker.Resolve(path, form.GetAttribute("action")!));
        Assert.NotNull(form.QuerySelector("input[name=q][type=search]"));
        Assert.Equal(BuiltSite.Context.Content.Places.Select(p => p.Slug), form.QuerySelectorAll("select[name=place] option").Select(o => o.GetAttribute("value")).Where(v => v != ""));
        var kinds = form.QuerySelectorAll("select[name=kind] option").Where(o => o.GetAttribute("value") != "").ToList();
        Assert.Equal(SearchKinds.All, kinds.Select(o => o.GetAttribute("value")));
        // kinds without documents yet (targets, indicators until issue 4) are offered but disabled
        foreach (var option in kinds)
            Assert.Equal(BuiltSite.Context.Search!.KindCounts[option.GetAttribute("value")!] == 0, option.HasAttribute("disabled"));

        var scripts = page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")?.Split('?')[0].Split('/')[^1]).ToList();
        Assert.Equal(["site.js", "lunr.min.js", "search-core.js", "search.js"], scripts);
        var shards = page.QuerySelector("#search")!.GetAttribute("data-shards")!.Split(' ');
        Assert.Equal(BuiltSite.Context.Content.Places.Count, shards.Length);
        Assert.All(shards, s => Assert.True(BuiltSite.Context.Output.Contains(LinkChecker.Resolve(path, s).Path!), s));

        // without JavaScript the page says so and lists every place and plan to browse
        Assert.Contains(BuiltSite.Context.Translations.Get(lang == "en" ? "en" : "zh", "search.noscript"), page.QuerySelector("noscript .search-noscript")!.TextContent);
        var links = page.QuerySelectorAll("noscript a").Select(a => a.GetAttribute("href")!).ToList();
        foreach (var plan in BuiltSite.Context.Content.Plans)
            Assert.Contains(links, l => LinkChecker.Resolve(path, l).Path == (lang == "en" ? "en/" : "") + PlanUrls.Plan(plan).TrimStart('/') + "index.html");
    }

    [Fact]
    public void Given_every_page_When_read_Then_its_header_has_a_plain_search_form_to_the_search_page_of_its_language_and_no_page_has_inline_script()
    {
        var site = BuiltSite.Context;
        foreach (var path in site.Output.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = BuiltSite.Page(path);
            // JSON-LD (<script type="application/ld+json">, Sharing/) is a data block the browser never runs, not an inline script.
            Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), s => Assert.True(s.HasAttribute("src") && s.TextContent.Trim() == "", $"{path} has an inline script"));
            if (path.EndsWith("search/index.html", StringComparison.Ordinal)) continue;
            var form = page.QuerySelector("header form.site-search");
            Assert.True(form is not null, $"{path} has no search box");
            Assert.Equal("get", form!.GetAttribute("method"));
            Assert.NotNull(form.QuerySelector("input[name=q]"));
            Assert.NotNull(form.QuerySelector("button[type=submit]"));
            var action = form.GetAttribute("action")!;
            var target = path == "404.html" || path == "en/404.html"
                ? action.TrimStart('/') + "index.html"
                : LinkChecker.Resolve(path, action).Path;
            Assert.Equal(path.StartsWith("en/", StringComparison.Ordinal) ? "en/search/index.html" : "search/index.html", target);
        }
    }

    [Fact]
    public void Given_node_modules_without_lunr_When_building_Then_the_error_says_to_install_the_npm_pins_and_the_site_is_kept()
    {
        using var project = new ScratchProject();
        Directory.Delete(project.PathOf("node_modules"), recursive: true);
        var target = project.PathOf("site-output");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "index.html"), "previously published");
        var errors = new StringWriter();
        var exit = BuildCommand.Run(project.Paths, new BuildLog(TextWriter.Null, quiet: true), target, errors);
        Assert.Equal(1, exit);
        Assert.Contains("package.json: error: lunr.js is missing: node_modules/lunr/lunr.min.js does not exist", errors.ToString());
        Assert.Contains("tools/npm-pins.sh", errors.ToString());
        Assert.Equal("previously published", File.ReadAllText(Path.Combine(target, "index.html")));
    }

    /// <summary>What a feature such as issue 4's figures would add: here, one target of Hohhot's plan, on its paragraph.</summary>
    sealed class OneTarget : ISearchDocumentSource
    {
        public IEnumerable<SearchDocument> Documents(BuildContext context)
        {
            var plan = context.Content.FindPlan("hohhot/eco-plan")!;
            var passage = context.Plans[plan.Id].Document.PassageList.First(p => p.Kind == "paragraph" && p.Text.Contains("森林覆盖率达到23%"));
            yield return new SearchDocument(PlanUrls.Passage(plan, passage), SearchKinds.Target, "hohhot", plan.Id,
                "目标", "生态保护", "森林覆盖率达到23%（2020年）");
        }
    }

    [Fact]
    public void Given_another_feature_registers_search_documents_When_the_site_is_built_Then_they_are_found_and_the_kind_filter_offers_them()
    {
        var context = new BuildContext(Repo.Paths, new BuildLog(TextWriter.Null, quiet: true));
        context.PageSources.Add(new SearchPages());
        context.SearchSources.AddRange([new PlanPassageDocuments(), new OneTarget()]);
        foreach (var stage in new IBuildStage[] { new LoadContent(), new RenderPlanTexts(), new CopyAssets(), new BuildSearchIndex(), new RenderPages() })
            stage.Run(context);

        Assert.Equal(1, context.Search!.KindCounts[SearchKinds.Target]);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(context.Output.GetText("search/index.html"));
        Assert.False(page.QuerySelector("select[name=kind] option[value=target]")!.HasAttribute("disabled"));
        Assert.True(page.QuerySelector("select[name=kind] option[value=indicator]")!.HasAttribute("disabled"));

        var answer = Run(context, [new("森林覆盖率", Kind: SearchKinds.Target), new("森林覆盖率", Kind: SearchKinds.Text), new("森林覆盖率")]);
        var (targets, texts, all) = (answer.Results[0], answer.Results[1], answer.Results[2]);
        Assert.Equal(1, targets.Hits);
        Assert.True(texts.Hits > 0);
        Assert.Equal(targets.Hits + texts.Hits, all.Hits);
    }
}
