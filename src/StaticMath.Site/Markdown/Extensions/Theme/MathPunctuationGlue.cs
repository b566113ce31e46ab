using AngleSharp.Dom;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Theme;

/// <summary>
/// A browser may break a line between an inline equation (an SVG) and the punctuation right after it, leaving a lone
/// "." at the start of the next line on a phone. The equation and that punctuation are wrapped together in a
/// <c>span.math-glue</c>, which the theme keeps on one line; a long formula set as pieces still breaks between them.
/// </summary>
public sealed class MathPunctuationGlue : IHtmlPostProcessor
{
    public const string GlueClass = "math-glue";

    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) => false;

    /// <summary>The same glue on the tokens: the element's tokens, then the punctuation of the text right after it.</summary>
    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        var tokens = page.Tokens;
        List<FragmentToken>? glued = null;
        var copied = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != FragmentTokenKind.StartTag || !tokens[i].HasClass("math-inline")) continue;
            var end = page.EndOf(i);
            if (end + 1 >= tokens.Count || tokens[end + 1] is not { Kind: FragmentTokenKind.Text } text) continue;
            var length = PunctuationLength(text.Data);
            if (length == 0) continue;
            // Room for a glue (two or three tokens) per few tokens: growing a page-sized list copied it again.
            glued ??= new List<FragmentToken>(tokens.Count + tokens.Count / 4 + 16);
            AddRange(glued, tokens, copied, i);
            var depth = tokens[i].Depth;
            glued.Add(FragmentToken.Start("span", [new("class", GlueClass)], depth));
            AddRange(glued, tokens, i, end + 1);
            glued.Add(FragmentToken.Text(text.Data[..length], depth + 1));
            glued.Add(FragmentToken.End("span", depth));
            if (length < text.Data.Length) glued.Add(FragmentToken.Text(text.Data[length..], depth));
            copied = end + 2;
            i = end + 1;
        }
        if (glued is null) return;
        AddRange(glued, tokens, copied, tokens.Count);
        page.Replace(glued);
    }

    private static void AddRange(List<FragmentToken> target, IReadOnlyList<FragmentToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++) target.Add(tokens[i]);
    }

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        // AngleSharp finds NextSibling by searching the parent's child list, so asking it of each of 75,000 equations
        // in one paragraph was O(n²) (17 s of a 32 s build). Each parent's children are listed once instead; the node
        // after an equation in that list is its next sibling when it is reached (only earlier equations and the text
        // right after them change, and that text is never the node after a later equation).
        var positions = new Dictionary<INode, (List<INode> Children, Dictionary<INode, int> Index)>(ReferenceEqualityComparer.Instance);
        foreach (var math in body.QuerySelectorAll(".math-inline").ToList())
        {
            if (NextSibling(math, positions) is not IText text || text.Data.Length == 0) continue;
            var length = PunctuationLength(text.Data);
            if (length == 0) continue;
            var glue = html.CreateElement("span");
            glue.ClassList.Add(GlueClass);
            math.Parent!.InsertBefore(glue, math);
            glue.AppendChild(math);
            glue.AppendChild(html.CreateTextNode(text.Data[..length]));
            if (length == text.Data.Length) text.Remove();
            else text.Data = text.Data[length..];
        }
    }

    private static INode? NextSibling(IElement math, Dictionary<INode, (List<INode> Children, Dictionary<INode, int> Index)> positions)
    {
        if (math.Parent is not { } parent) return null;
        if (!positions.TryGetValue(parent, out var list))
        {
            var children = parent.ChildNodes.ToList();
            var index = new Dictionary<INode, int>(children.Count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < children.Count; i++) index[children[i]] = i;
            positions[parent] = list = (children, index);
        }
        if (!list.Index.TryGetValue(math, out var at)) return math.NextSibling; // moved since the listing: ask AngleSharp
        var next = at + 1 < list.Children.Count ? list.Children[at + 1] : null;
        return next is not null && ReferenceEquals(next.Parent, parent) ? next : math.NextSibling;
    }

    /// <summary>How many characters at the start are closing punctuation (".", ",", ")", "”", "…").</summary>
    private static int PunctuationLength(string text)
    {
        var n = 0;
        while (n < text.Length && IsClosingPunctuation(text[n])) n++;
        return n;
    }

    private static bool IsClosingPunctuation(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\'' or '"' or '\u2019' or '\u201D' or '\u00BB' or '\u2026'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.ClosePunctuation or System.Globalization.UnicodeCategory.FinalQuotePunctuation;
}
