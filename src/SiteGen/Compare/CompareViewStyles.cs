using System.Text;
using SiteGen.Content;

namespace SiteGen.Compare;

/// <summary>
/// The style sheet that makes a compare view's permalink (/compare/air/#hohhot-changji) show only its
/// places without scripts: the fragment targets an empty anchor before the columns, and for each set
/// of places a rule hides the other places' columns and tabs and shows the view's caption. Made from
/// the places, so a sixth place needs no hand-written rules. (Plain CSS :target and sibling
/// selectors; no library does this.)
/// </summary>
public static class CompareViewStyles
{
    public const string Asset = "compare-views.css";

    public static string Make(IReadOnlyList<Place> places)
    {
        var css = new StringBuilder();
        css.Append("/* Made by the build from the places (Compare/CompareViewStyles.cs): which columns a compare view shows. */\n");
        css.Append(".view-caption { display: none; }\n");
        css.Append(".view-captions .view-caption-all { display: block; }\n");
        css.Append(".view-anchor:target ~ .view-captions .view-caption-all { display: none; }\n");
        foreach (var subset in CompareViews.Subsets(places))
        {
            var id = CompareViews.IdOf(subset);
            var others = places.Where(p => !subset.Contains(p)).ToList();
            if (others.Count > 0)
            {
                var not = string.Concat(subset.Select(p => $":not(.place-{p.Slug})"));
                css.Append($"#{id}:target ~ .compare-columns > .compare-col{not},\n");
                css.Append($"#{id}:target ~ .compare-tabs li{not} {{ display: none; }}\n");
            }
            css.Append($"#{id}:target ~ .view-captions .view-caption-{id} {{ display: block; }}\n");
            css.Append($"#{id}:target ~ .compare-views .view-{id} {{ font-weight: 700; text-decoration: none; color: var(--ink); }}\n");
        }
        return css.ToString();
    }
}
