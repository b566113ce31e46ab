using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticMath.Site.Output;

/// <summary>
/// A post's HTML made fit for feed readers, which show an entry on its own, without the page's stylesheet or its
/// glyph definitions at the end of the page:
/// <list type="bullet">
/// <item>the outlines of the glyphs the entry's equations use are defined once, in a hidden SVG at the entry's start,
/// so each <c>&lt;use href="#glyph"&gt;</c> resolves inside the entry and a glyph used a hundred times is written once;</item>
/// <item>each equation carries its TeX as an SVG <c>&lt;title&gt;</c>: readers that render SVG show it as a tooltip,
/// and sanitisers that strip <c>&lt;svg&gt;</c> but keep text (Miniflux, Universal Feed Parser) leave the TeX in its
/// place;</item>
/// <item>what only CSS hides (the TeX copy text beside each equation, tag sizers, citation hover cards) is left out so
/// it is not shown twice, and multi-row equation numbers, placed by CSS on the page, follow their equation as text;</item>
/// <item>an entry over its size budget keeps its leading blocks that fit and ends with a link to the post.</item>
/// </list>
/// </summary>
public static class FeedHtml
{
    /// <param name="html">The post's rendered content.</param>
    /// <param name="glyphDefinitions">The page's end-of-body HTML holding the glyph outlines (<c>&lt;path id d&gt;</c>).</param>
    /// <param name="postUrl">The post's absolute URL, linked when the entry is cut.</param>
    /// <param name="budgetBytes">The entry's size budget in UTF-8 bytes; 0 for none.</param>
    public static string ForEntry(string html, string glyphDefinitions, string postUrl, int budgetBytes) =>
        ForEntry(Engine.PageFragment.Of(html), glyphDefinitions, postUrl, budgetBytes);

    /// <param name="fragment">The post's rendered content, its SVGs possibly still held aside: its blocks are found
    /// in the text with the placeholders (a tenth of a math page's), and only the prefix parsed gets its SVGs.</param>
    public static string ForEntry(Engine.PageFragment fragment, string glyphDefinitions, string postUrl, int budgetBytes)
    {
        var outlines = Outlines(glyphDefinitions);
        if (budgetBytes <= 0) return Entry(fragment.Html, outlines, postUrl, 0, out _);
        // A budgeted entry keeps leading blocks only: parse a prefix ending at a top-level block (it parses into the
        // same leading nodes as the whole), twice the budget at first and longer while the budget does not cut inside
        // it, instead of a multi-megabyte page whole. A placeholder is a whole element inside its block, so the blocks
        // end at the same places with the SVGs in.
        var wanted = 2L * budgetBytes;
        var held = fragment.Held;
        foreach (var heldEnd in Pipeline.HtmlTopLevelBlocks.Ends(held))
        {
            var whole = heldEnd == held.Length;
            var end = fragment.HtmlPositionOf(heldEnd);
            if (end < wanted && !whole) continue;
            var entry = Entry(whole ? fragment.Html : fragment.WithSvgs(held[..heldEnd]), outlines, postUrl, budgetBytes, out var cut);
            if (cut || whole) return entry;
            wanted = 2L * end;
        }
        throw new InvalidOperationException("the fragment's own end is always a block end");
    }

    /// <summary>The entry made from the whole of <paramref name="html"/> and its glyphs, each parsed at once (what an entry must equal).</summary>
    internal static string ForEntryParsedWhole(string html, string glyphDefinitions, string postUrl, int budgetBytes) =>
        Entry(html, ParsedOutlines(glyphDefinitions), postUrl, budgetBytes, out _);

    /// <summary>The entry made from <paramref name="html"/>; <paramref name="cut"/> tells whether the budget cut it.</summary>
    private static string Entry(string html, Dictionary<string, string> outlines, string postUrl, int budgetBytes, out bool cut)
    {
        // A parser per entry, as per page: entries are made in parallel.
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = html;

        AddTexTitles(document, body);
        foreach (var hidden in body.QuerySelectorAll(".math-tex, .math-tag-sizer, .citation__card, .citation-card, .cite-card, .hover-card").ToList())
            hidden.Remove();
        foreach (var tag in body.QuerySelectorAll(".math-tags > .math-tag, .math-tags > .math-anchor").ToList())
            tag.RemoveAttribute("style");
        foreach (var tags in body.QuerySelectorAll(".math-tags").ToList())
        {
            // Side by side, space-separated, instead of stacked by CSS that feed readers drop.
            var numbers = tags.QuerySelectorAll(".math-tag").Select(t => t.TextContent).Where(t => t.Length > 0).ToList();
            tags.TextContent = " " + string.Join(" ", numbers);
        }

        cut = budgetBytes > 0 && FeedEntryBudget.Apply(document, body, outlines, postUrl, budgetBytes);
        var definitions = Definitions(body, outlines);
        return definitions + Pipeline.LinearHtmlSerializer.InnerHtml(body);
    }

    /// <summary>The TeX of each equation (its accessible name) as the first child of its first SVG.</summary>
    private static void AddTexTitles(IDocument document, IElement body)
    {
        foreach (var math in body.QuerySelectorAll(".math-inline, .math-display").ToList())
        {
            var svg = math.QuerySelector("svg");
            if (svg is null || svg.QuerySelector("title") is not null) continue;
            var tex = math.GetAttribute("aria-label") ?? svg.GetAttribute("aria-label") ?? math.QuerySelector(".math-tex")?.TextContent;
            if (string.IsNullOrWhiteSpace(tex)) continue;
            var title = document.CreateElement("title");
            title.TextContent = tex;
            svg.Prepend(title);
        }
    }

    /// <summary>The glyph ids the entry's equations use (<c>&lt;use href="#id"&gt;</c>), in first-use order.</summary>
    internal static IEnumerable<string> UsedGlyphs(INode root) =>
        root is IElement element
            ? element.QuerySelectorAll("svg use").Select(GlyphId).OfType<string>().Distinct(StringComparer.Ordinal)
            : [];

    private static string? GlyphId(IElement use)
    {
        var href = use.GetAttribute("href") ?? use.GetAttribute("xlink:href");
        return href is { Length: > 1 } && href[0] == '#' ? href[1..] : null;
    }

    /// <summary>One hidden SVG defining each glyph the entry uses; empty when it uses none.</summary>
    private static string Definitions(IElement body, Dictionary<string, string> outlines)
    {
        var paths = UsedGlyphs(body).Where(outlines.ContainsKey).Select(id => DefinitionOf(id, outlines[id])).ToList();
        return paths.Count == 0 ? "" : DefinitionsOpen + string.Concat(paths) + DefinitionsClose;
    }

    internal const string DefinitionsOpen = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\"><defs>";
    internal const string DefinitionsClose = "</defs></svg>";

    internal static string DefinitionOf(string id, string d) =>
        "<path id=\"" + System.Net.WebUtility.HtmlEncode(id) + "\" d=\"" + System.Net.WebUtility.HtmlEncode(d) + "\"></path>";

    /// <summary>
    /// The glyph outlines of the page's end-of-body HTML by id (<c>defs path[id][d], defs [id] path[d]</c>), read by a
    /// linear scan: it holds every glyph of a long page. Markup the scan cannot follow is parsed.
    /// </summary>
    private static Dictionary<string, string> Outlines(string glyphDefinitions)
    {
        var outlines = new Dictionary<string, string>(StringComparer.Ordinal);
        if (glyphDefinitions.Length == 0) return outlines;
        using var reader = new Pipeline.PlainHtmlReader(glyphDefinitions);
        while (reader.Read())
        {
            if (reader.Token is not AngleSharp.Html.Parser.Tokens.HtmlTagToken { Type: AngleSharp.Html.Parser.HtmlTokenType.StartTag, Name: "path" } path
                || Pipeline.PlainHtmlReader.Attribute(path, "d") is not { } d) continue;
            var ancestors = reader.Open.Where(e => !ReferenceEquals(e, path)).ToList();
            var inDefs = ancestors.FindIndex(e => e.Name == "defs");
            if (inDefs < 0) continue;
            var ownId = Pipeline.PlainHtmlReader.Attribute(path, "id");
            var underIdInDefs = ancestors.Skip(inDefs + 1).Any(e => Pipeline.PlainHtmlReader.Attribute(e, "id") is not null);
            if (ownId is null && !underIdInDefs) continue;
            if ((ownId ?? Pipeline.PlainHtmlReader.Attribute(ancestors[^1], "id")) is { } id) outlines.TryAdd(id, d);
        }
        return reader.IsUnclear ? ParsedOutlines(glyphDefinitions) : outlines;
    }

    private static Dictionary<string, string> ParsedOutlines(string glyphDefinitions)
    {
        var outlines = new Dictionary<string, string>(StringComparer.Ordinal);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + glyphDefinitions + "</body></html>");
        foreach (var path in document.QuerySelectorAll("defs path[id][d], defs [id] path[d]"))
        {
            var id = path.Id ?? path.ParentElement?.Id;
            if (id is not null && path.GetAttribute("d") is { } d) outlines.TryAdd(id, d);
        }
        return outlines;
    }

    internal static int Utf8Length(string text) => System.Text.Encoding.UTF8.GetByteCount(text);
}
