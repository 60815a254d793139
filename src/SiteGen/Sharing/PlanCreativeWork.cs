using System.Text.Json.Nodes;
using SiteGen.Content;
using SiteGen.Markup;

namespace SiteGen.Sharing;

/// <summary>
/// A plan as a schema.org CreativeWork: its title, issuer (a GovernmentOrganization), 文号 and 索引号,
/// dates, the place it covers, its status, and the notice it was issued with or the plans it issued.
/// Chapter pages carry a CreativeWork of their own that is part of the plan's. The work is identified by
/// its Chinese page ("…/#work"), the same on the Chinese and the English page.
/// </summary>
public static class PlanCreativeWork
{
    public static string IdOf(Plan plan, string baseUrl) => Absolute(baseUrl, PlanUrls.Plan(plan)) + "#work";

    public static JsonObject Of(Plan plan, string baseUrl)
    {
        var work = new JsonObject
        {
            ["@context"] = JsonLd.Context,
            ["@type"] = "CreativeWork",
            ["@id"] = IdOf(plan, baseUrl),
            ["url"] = Absolute(baseUrl, PlanUrls.Plan(plan)),
            ["name"] = plan.Title.Zh,
            ["inLanguage"] = "zh-CN",
            ["genre"] = plan.Type.Zh,
            ["creativeWorkStatus"] = plan.IsDraft ? "Draft" : "Published",
        };
        if (plan.Title.En.Length > 0) work["alternateName"] = plan.Title.En;
        var issuer = Named("GovernmentOrganization", plan.Issuer);
        work["creator"] = issuer;
        work["publisher"] = issuer.DeepClone();
        var identifiers = new JsonArray();
        if (plan.DocNumber is not null) identifiers.Add(Identifier("文号", plan.DocNumber));
        if (plan.IndexNumber is not null) identifiers.Add(Identifier("索引号", plan.IndexNumber));
        if (identifiers.Count > 0) work["identifier"] = identifiers;
        if (IsoDate.From(plan.Signed) is { } signed) work["dateCreated"] = signed;
        if (IsoDate.From(plan.Posted ?? plan.Signed) is { } posted) work["datePublished"] = posted;
        work["spatialCoverage"] = Named("AdministrativeArea", plan.Place.Name);
        if (plan.PartOf is not null && plan.Place.Plans.FirstOrDefault(p => p.Slug == plan.PartOf) is { } notice)
            work["isPartOf"] = Reference(notice, baseUrl);
        var parts = plan.Place.Plans.Where(p => p.PartOf == plan.Slug).Select(p => (JsonNode)Reference(p, baseUrl)).ToArray();
        if (parts.Length > 0) work["hasPart"] = new JsonArray(parts);
        return work;
    }

    /// <summary>A chapter (章, or 一、) of a plan: a work of its own, part of the plan's.</summary>
    public static JsonObject OfChapter(Plan plan, PlanChapter chapter, string baseUrl) => new()
    {
        ["@context"] = JsonLd.Context,
        ["@type"] = "CreativeWork",
        ["url"] = Absolute(baseUrl, PlanUrls.Chapter(plan, chapter.Id)),
        ["name"] = chapter.Title,
        ["inLanguage"] = "zh-CN",
        ["position"] = chapter.Index + 1,
        ["isPartOf"] = Reference(plan, baseUrl),
    };

    static JsonObject Reference(Plan plan, string baseUrl) => new()
    {
        ["@type"] = "CreativeWork",
        ["@id"] = IdOf(plan, baseUrl),
        ["name"] = plan.Title.Zh,
        ["url"] = Absolute(baseUrl, PlanUrls.Plan(plan)),
    };

    static JsonObject Named(string type, LocalizedText name)
    {
        var node = new JsonObject { ["@type"] = type, ["name"] = name.Zh };
        if (name.En.Length > 0) node["alternateName"] = name.En;
        return node;
    }

    static JsonObject Identifier(string kind, string value) => new() { ["@type"] = "PropertyValue", ["propertyID"] = kind, ["value"] = value };

    static string Absolute(string baseUrl, string url) => baseUrl.TrimEnd('/') + url;
}
