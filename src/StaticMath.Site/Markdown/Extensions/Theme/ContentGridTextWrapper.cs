using AngleSharp.Dom;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Theme;

/// <summary>
/// The theme lays a page's content out on a grid (<c>.content-grid</c>) whose children are placed in the text column.
/// Only elements can be placed: text that is a direct child (after raw HTML: <c>&lt;img …&gt; A sentence.</c>)
/// becomes an anonymous grid item in whatever narrow track is free, one word per line. Each run of such text and
/// inline elements is wrapped in a <c>div.content-grid__text</c>, which renders as block flow would have.
/// </summary>
public sealed class ContentGridTextWrapper : IHtmlPostProcessor
{
    public const string WrapperClass = "content-grid__text";

    /// <summary>Elements that flow inline with text (HTML's phrasing content, and Distill's inline elements).</summary>
    private static readonly HashSet<string> InlineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "img", "input", "ins",
        "kbd", "label", "mark", "math", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "svg", "time", "u",
        "var", "wbr", "button", "output", "select", "textarea", "d-cite", "d-footnote", "d-math",
    };

    /// <summary>Text or an inline element directly in the fragment, or a content grid of the page's own.</summary>
    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) => page.AsRead.HasClass("content-grid") || page.Tokens.Exists(t =>
        t is { Kind: FragmentTokenKind.StartTag, Depth: 0 } && IsInlineElement(t.Name, t.GetAttribute("class"))
        || t is { Kind: FragmentTokenKind.Text, Depth: 0 } && !string.IsNullOrWhiteSpace(t.Data));

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        // Nothing to do where NeedsDom says no.
    }

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        WrapBareText(html, body);
        foreach (var grid in body.QuerySelectorAll(".content-grid").ToList()) WrapBareText(html, grid);
    }

    private static void WrapBareText(IDocument html, INode grid)
    {
        var run = new List<INode>();
        foreach (var child in grid.ChildNodes.ToList())
        {
            if (IsInline(child))
            {
                run.Add(child);
                continue;
            }
            Wrap(html, run);
        }
        Wrap(html, run);
    }

    private static bool IsInline(INode node) => node switch
    {
        IText or IComment => true,
        // A Distill layout class (l-page, l-screen…) asks for a track of its own: the element stays a grid item.
        IElement element => IsInlineElement(element.LocalName, element.GetAttribute("class")),
        _ => false,
    };

    private static bool IsInlineElement(string name, string? classes) =>
        InlineElements.Contains(name)
        && (classes ?? "").Split(FragmentToken.HtmlWhitespace, StringSplitOptions.RemoveEmptyEntries).All(c => !c.StartsWith("l-", StringComparison.Ordinal));

    /// <summary>Wraps the run if it holds something a reader sees (whitespace and comments make no grid item).</summary>
    private static void Wrap(IDocument html, List<INode> run)
    {
        if (run.Any(n => n is IElement || n is IText t && !string.IsNullOrWhiteSpace(t.Data)))
        {
            // Leading and trailing whitespace stays outside, so the wrapper holds just the text.
            var first = run.FindIndex(IsVisible);
            var last = run.FindLastIndex(IsVisible);
            var wrapper = html.CreateElement("div");
            wrapper.ClassList.Add(WrapperClass);
            run[first].Parent!.InsertBefore(wrapper, run[first]);
            for (var i = first; i <= last; i++) wrapper.AppendChild(run[i]);
        }
        run.Clear();
    }

    private static bool IsVisible(INode n) => n is IElement || n is IText t && !string.IsNullOrWhiteSpace(t.Data);
}
