using AngleSharp.Dom;

namespace StaticMath.Site.Output;

/// <summary>
/// Keeps a feed entry within its size budget (<c>feedEntryKilobytes</c>): a post with hundreds of equations can be
/// megabytes of SVG, which feed readers fetch for every subscriber on every poll. The entry keeps its leading top-level
/// blocks while they fit (counting the glyph outlines they need), then ends with a link to the post on the site.
/// </summary>
internal static class FeedEntryBudget
{
    public const string ContinueClass = "feed-continue";

    /// <summary>Cuts the entry to the budget; true when it was cut (blocks left out and the link added).</summary>
    public static bool Apply(IDocument document, IElement body, Dictionary<string, string> outlines, string postUrl, int budgetBytes)
    {
        var continueLink = ContinueLink(document, postUrl);
        var size = FeedHtml.Utf8Length(continueLink.OuterHtml) + FeedHtml.Utf8Length(FeedHtml.DefinitionsOpen + FeedHtml.DefinitionsClose);
        var glyphs = new HashSet<string>(StringComparer.Ordinal);
        var nodes = body.ChildNodes.ToList();
        for (var i = 0; i < nodes.Count; i++)
        {
            var cost = FeedHtml.Utf8Length(Html(nodes[i]));
            foreach (var id in FeedHtml.UsedGlyphs(nodes[i]))
            {
                if (!glyphs.Contains(id) && outlines.TryGetValue(id, out var d))
                    cost += FeedHtml.Utf8Length(FeedHtml.DefinitionOf(id, d));
            }
            if (size + cost > budgetBytes)
            {
                foreach (var rest in nodes.Skip(i)) rest.RemoveFromParent();
                body.AppendChild(continueLink);
                return true;
            }
            size += cost;
            glyphs.UnionWith(FeedHtml.UsedGlyphs(nodes[i]));
        }
        return false;
    }

    private static IElement ContinueLink(IDocument document, string postUrl)
    {
        var paragraph = document.CreateElement("p");
        paragraph.ClassList.Add(ContinueClass);
        var link = document.CreateElement("a");
        link.SetAttribute("href", postUrl);
        link.TextContent = "Continue reading on the site →";
        paragraph.AppendChild(link);
        return paragraph;
    }

    private static string Html(INode node) => node switch
    {
        IElement element => Pipeline.LinearHtmlSerializer.OuterHtml(element),
        IText text => System.Net.WebUtility.HtmlEncode(text.Data),
        _ => "",
    };
}
