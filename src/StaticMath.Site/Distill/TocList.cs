using System.Net;
using System.Text;
using AngleSharp.Dom;

namespace StaticMath.Site.Distill;

/// <summary>
/// The one table-of-contents builder: nested lists that follow the headings' levels, each entry a link to the
/// heading's id with the heading's own HTML (math kept; ids, links and permalink markers dropped so ids stay unique).
/// Used by the <c>{:toc}</c> placeholder (<see cref="TableOfContentsPostProcessor"/>) and the theme's <c>toc_html</c> filter.
/// </summary>
public static class TocList
{
    /// <summary>A heading to list: its level (1–6), its id and the HTML to show.</summary>
    public readonly record struct Entry(int Level, string Id, string Html)
    {
        public static Entry Of(IElement heading) => new(heading.LocalName[1] - '0', heading.Id ?? "", EntryHtml(heading));
    }

    /// <summary>Nested <c>&lt;ol&gt;</c> or <c>&lt;ul&gt;</c> lists; "" when there are no entries.</summary>
    public static string Nested(IEnumerable<Entry> entries, string listTag = "ol")
    {
        var sb = new StringBuilder();
        var levels = new Stack<int>();
        foreach (var entry in entries)
        {
            if (levels.Count == 0 || entry.Level > levels.Peek())
            {
                sb.Append('<').Append(listTag).Append('>');
                levels.Push(entry.Level);
            }
            else
            {
                sb.Append("</li>");
                while (levels.Count > 1 && entry.Level < levels.Peek())
                {
                    levels.Pop();
                    sb.Append("</").Append(listTag).Append("></li>");
                }
            }
            sb.Append("<li><a href=\"#").Append(WebUtility.HtmlEncode(entry.Id)).Append("\">").Append(entry.Html).Append("</a>");
        }
        if (levels.Count == 0) return "";
        sb.Append("</li>");
        while (levels.Count > 0)
        {
            levels.Pop();
            sb.Append("</").Append(listTag).Append('>');
            if (levels.Count > 0) sb.Append("</li>");
        }
        return sb.ToString();
    }

    /// <summary>A heading's inner HTML for a list entry: links unwrapped, ids removed, permalink markers and alias anchors dropped.</summary>
    public static string EntryHtml(IElement heading)
    {
        var copy = (IElement)heading.Clone(deep: true);
        foreach (var link in copy.QuerySelectorAll("a").ToList())
            link.Replace(link.ChildNodes.ToArray());
        foreach (var withId in copy.QuerySelectorAll("[id]").ToList())
            withId.RemoveAttribute("id");
        // Permalink markers some pipelines add ("#", "¶") and the alias anchors of Distill's toc are not part of the title.
        foreach (var marker in copy.QuerySelectorAll(".anchor, .heading-anchor, .headerlink, span.toc-anchor").ToList())
            marker.Remove();
        return copy.InnerHtml.Trim();
    }
}
