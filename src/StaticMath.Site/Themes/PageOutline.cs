using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Themes;

/// <summary>
/// What the theme's contents list and the social card read of a page's rendered HTML, read once from its fragment by
/// a linear scan (<see cref="PlainHtmlReader"/>) instead of a DOM of the whole page: the headings that carry an id, a
/// contents list the pipeline put first, and the TeX of the first display equation. Only the few small pieces these
/// need (a heading, the contents list) are parsed. A fragment whose markup the scan cannot follow is parsed whole, as
/// before, and gives the same outline.
/// </summary>
public sealed class PageOutline
{
    private readonly string? _leadingNav;
    private readonly IElement? _leadingNavElement;

    private PageOutline(IReadOnlyList<OutlineHeading> headings, string? leadingNav, IElement? leadingNavElement, string? firstDisplayTex)
    {
        Headings = headings;
        _leadingNav = leadingNav;
        _leadingNavElement = leadingNavElement;
        FirstDisplayTex = firstDisplayTex;
    }

    /// <summary>The h1–h6 elements with an id attribute, in document order.</summary>
    public IReadOnlyList<OutlineHeading> Headings { get; }

    /// <summary>The TeX of the first display equation (its SVG's accessible name), or null.</summary>
    public string? FirstDisplayTex { get; }

    /// <summary>
    /// The list (<c>ol</c> or <c>ul</c>) of the contents box the pipeline wrote as the content's first element
    /// (<c>&lt;nav class="toc"&gt;</c>, <c>toc: true</c>), or null.
    /// </summary>
    public string? LeadingContentsList =>
        (_leadingNavElement ?? (_leadingNav is null ? null : OutlineHeading.ParseElement(_leadingNav)))?.QuerySelector("ol, ul")?.OuterHtml;

    /// <summary>The outline of a rendered fragment.</summary>
    public static PageOutline Of(string fragment) => Scan(fragment) ?? Parse(fragment);

    /// <summary>Headings inside these boxes (callouts, details, convo…) are not sections of the article.</summary>
    internal const string BoxSelector = "aside, details, blockquote, .math-callout, .convo, nav, d-appendix";

    private static PageOutline? Scan(string fragment)
    {
        using var reader = new PlainHtmlReader(fragment);
        var headings = new List<OutlineHeading>();
        (int Start, int Depth, HtmlTagToken Tag, bool InBox)? heading = null;
        int? navStart = null;
        string? leadingNav = null, firstDisplayTex = null;
        var seenElement = false;
        while (reader.Read())
        {
            var open = reader.Open;
            if (reader.Token is HtmlTagToken { Type: HtmlTokenType.StartTag } tag)
            {
                var opened = open.Count > 0 && ReferenceEquals(open[^1], tag);
                if (!seenElement && opened && open.Count == 1 && tag.Name == "nav" && PlainHtmlReader.HasClass(tag, "toc"))
                    navStart = reader.TokenStart;
                seenElement |= open.Count <= 1;
                if (opened && heading is null && IsHeading(tag.Name) && PlainHtmlReader.Attribute(tag, "id") is not null)
                    heading = (reader.TokenStart, open.Count, tag, open.Any(IsBox));
                if (firstDisplayTex is null && tag.Name == "svg" && PlainHtmlReader.Attribute(tag, "aria-label") is { } label
                    && open.Take(opened ? open.Count - 1 : open.Count).Any(e => PlainHtmlReader.HasClass(e, "math-display")))
                    firstDisplayTex = label;
            }
            else if (reader.Token.Type == HtmlTokenType.EndTag)
            {
                if (heading is { } h && open.Count == h.Depth - 1)
                {
                    headings.Add(OutlineHeading.Scanned(h.Tag.Name[1] - '0', PlainHtmlReader.Attribute(h.Tag, "id")!,
                        PlainHtmlReader.HasClass(h.Tag, "no_toc"), h.InBox, fragment[h.Start..reader.TokenEnd]));
                    heading = null;
                }
                if (navStart is { } n && open.Count == 0)
                {
                    leadingNav = fragment[n..reader.TokenEnd];
                    navStart = null;
                }
            }
        }
        return reader.IsUnclear ? null : new PageOutline(headings, leadingNav, null, firstDisplayTex);
    }

    private static bool IsBox(HtmlTagToken element) =>
        element.Name is "aside" or "details" or "blockquote" or "nav" or "d-appendix"
        || PlainHtmlReader.HasClass(element, "math-callout") || PlainHtmlReader.HasClass(element, "convo");

    private static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>The same outline from a DOM of the whole fragment, for markup the scan cannot follow.</summary>
    internal static PageOutline Parse(string fragment)
    {
        var body = new HtmlParser().ParseDocument("<body>" + fragment + "</body>").Body!;
        var headings = body.QuerySelectorAll("h1[id],h2[id],h3[id],h4[id],h5[id],h6[id]")
            .Select(h => OutlineHeading.Parsed(h, h.Closest(BoxSelector) is not null))
            .ToList();
        var nav = body.Children.Length > 0 && body.Children[0] is { LocalName: "nav" } first && first.ClassList.Contains("toc") ? first : null;
        var tex = body.QuerySelector(".math-display svg[aria-label]")?.GetAttribute("aria-label");
        return new PageOutline(headings, null, nav, tex);
    }
}

/// <summary>A heading with an id: its level, id, whether it is left out of contents lists, and its HTML.</summary>
public sealed class OutlineHeading
{
    private readonly string? _html;
    private IElement? _element;

    private OutlineHeading(int level, string id, bool isNoToc, bool inBox, string? html, IElement? element)
    {
        Level = level;
        Id = id;
        IsNoToc = isNoToc;
        InBox = inBox;
        _html = html;
        _element = element;
    }

    public int Level { get; }

    public string Id { get; }

    /// <summary>Marked <c>.no_toc</c> (kramdown's rule).</summary>
    public bool IsNoToc { get; }

    /// <summary>Inside (or itself) a box whose headings are not sections of the article (<see cref="PageOutline.BoxSelector"/>).</summary>
    public bool InBox { get; }

    /// <summary>The heading element, parsed from its own HTML when the outline was scanned.</summary>
    public IElement Element => _element ??= ParseElement(_html!)!;

    internal static OutlineHeading Scanned(int level, string id, bool isNoToc, bool inBox, string html) =>
        new(level, id, isNoToc, inBox, html, null);

    internal static OutlineHeading Parsed(IElement heading, bool inBox) =>
        new(heading.LocalName[1] - '0', heading.Id ?? "", heading.ClassList.Contains("no_toc"), inBox, null, heading);

    /// <summary>The one element an element's HTML (as it stands in the page) parses into.</summary>
    internal static IElement? ParseElement(string html) =>
        new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!.FirstElementChild;
}
