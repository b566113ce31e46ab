using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticMath.Site.Output;

/// <summary>
/// A post's HTML made fit for feed readers, which show an entry on its own, without the page's stylesheet or its
/// shared glyph definitions: each <c>&lt;use href="#glyph"&gt;</c> in an equation becomes the glyph's own
/// <c>&lt;path&gt;</c> (the SVG is self-contained), and what only CSS hides (the TeX copy text beside each equation,
/// tag sizers, citation hover cards) is left out so it is not shown twice. Multi-row equation numbers, placed by CSS
/// on the page, follow their equation as text.
/// </summary>
public static class FeedHtml
{
    private static readonly HtmlParser Parser = new();

    /// <param name="html">The post's rendered content.</param>
    /// <param name="glyphDefinitions">The page's end-of-body HTML holding the glyph outlines (<c>&lt;path id d&gt;</c>).</param>
    public static string SelfContained(string html, string glyphDefinitions)
    {
        if (!html.Contains("math-", StringComparison.Ordinal) && !html.Contains("citation", StringComparison.Ordinal)) return html;
        var outlines = Outlines(glyphDefinitions);
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;

        foreach (var hidden in body.QuerySelectorAll(".math-tex, .math-tag-sizer, .citation__card, .citation-card, .cite-card, .hover-card").ToList())
            hidden.Remove();
        foreach (var use in body.QuerySelectorAll("svg use").ToList())
            Inline(document, use, outlines);
        foreach (var tag in body.QuerySelectorAll(".math-tags > .math-tag, .math-tags > .math-anchor").ToList())
            tag.RemoveAttribute("style");
        foreach (var tags in body.QuerySelectorAll(".math-tags").ToList())
        {
            // Side by side, space-separated, instead of stacked by CSS that feed readers drop.
            var numbers = tags.QuerySelectorAll(".math-tag").Select(t => t.TextContent).Where(t => t.Length > 0).ToList();
            tags.TextContent = " " + string.Join(" ", numbers);
        }
        return body.InnerHtml;
    }

    private static Dictionary<string, string> Outlines(string glyphDefinitions)
    {
        var outlines = new Dictionary<string, string>(StringComparer.Ordinal);
        if (glyphDefinitions.Length == 0) return outlines;
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + glyphDefinitions + "</body></html>");
        foreach (var path in document.QuerySelectorAll("defs path[id][d], defs [id] path[d]"))
        {
            var id = path.Id ?? path.ParentElement?.Id;
            if (id is not null && path.GetAttribute("d") is { } d) outlines.TryAdd(id, d);
        }
        return outlines;
    }

    /// <summary><c>&lt;use href="#g" x y transform&gt;</c> → <c>&lt;path d transform="… translate(x y)"&gt;</c> (SVG's meaning of use).</summary>
    private static void Inline(IDocument document, IElement use, Dictionary<string, string> outlines)
    {
        var href = use.GetAttribute("href") ?? use.GetAttribute("xlink:href");
        if (href is null || !href.StartsWith('#') || !outlines.TryGetValue(href[1..], out var d)) return;
        var path = document.CreateElement("path");
        path.SetAttribute("d", d);
        var transform = use.GetAttribute("transform") ?? "";
        var x = Number(use.GetAttribute("x"));
        var y = Number(use.GetAttribute("y"));
        if (x != 0 || y != 0)
            transform = (transform + " translate(" + x.ToString(CultureInfo.InvariantCulture) + " " + y.ToString(CultureInfo.InvariantCulture) + ")").Trim();
        if (transform.Length > 0) path.SetAttribute("transform", transform);
        foreach (var attribute in use.Attributes.Where(a => a.Name is not ("href" or "xlink:href" or "x" or "y" or "transform" or "width" or "height")).ToList())
            path.SetAttribute(attribute.Name, attribute.Value);
        use.Replace(path);
    }

    private static double Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
