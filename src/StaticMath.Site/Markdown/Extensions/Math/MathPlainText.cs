using System.Text;
using AngleSharp.Dom;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Math as readable text, for the places that cannot show a picture: <c>&lt;title&gt;</c>, meta descriptions, social
/// cards, excerpts, feed titles and heading ids. The TeX is written once, without its delimiters (what KaTeX and
/// MathJax copy to the clipboard), never the picture's label and the hidden copy text both.
/// </summary>
public static class MathPlainText
{
    /// <summary>Text with <c>$…$</c>, <c>$$…$$</c>, <c>\(…\)</c>, <c>\[…\]</c> replaced by the TeX inside (front matter titles).</summary>
    public static string FromSource(string text)
    {
        if (text.IndexOf('$') < 0 && text.IndexOf('\\') < 0) return text;
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is '$' or '\\' && MathSpanMatcher.Match(text, i, text.Length, 0) is { } span)
            {
                result.Append(text.AsSpan(span.TexStart, span.TexEnd - span.TexStart).Trim());
                i = span.End;
                continue;
            }
            // \$ is a dollar sign.
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '$')
            {
                result.Append('$');
                i += 2;
                continue;
            }
            result.Append(text[i++]);
        }
        return result.ToString();
    }

    /// <summary>The text of rendered HTML with each equation as its TeX once (hidden copy text and tag sizers skipped).</summary>
    public static string Of(INode node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return text.ToString();
    }

    /// <summary><see cref="Of(INode)"/> of the element starting at token <paramref name="start"/> of a page's tokens.</summary>
    public static string Of(List<FragmentToken> tokens, int start)
    {
        var text = new StringBuilder();
        var end = FragmentTokenQueries.EndOf(tokens, start);
        for (var i = start; i <= end; i++)
        {
            var token = tokens[i];
            if (token.Kind == FragmentTokenKind.Text) text.Append(token.Data);
            if (token.Kind != FragmentTokenKind.StartTag) continue;
            if (IsMath(token)) text.Append(TexOf(tokens, i));
            else if (!IsSkipped(token)) continue;
            i = FragmentTokenQueries.EndOf(tokens, i);
        }
        return text.ToString();
    }

    private static bool IsMath(FragmentToken e) => e.HasClass("math-inline") || e.HasClass("math-display");

    private static bool IsSkipped(FragmentToken e) => e.HasClass("math-tex") || e.HasClass("math-tag-sizer") || e.Name is "svg" or "script" or "style";

    /// <summary><see cref="TexOf(IElement)"/> of the equation starting at token <paramref name="start"/>.</summary>
    private static string TexOf(List<FragmentToken> tokens, int start)
    {
        // An equation the page's reader kept whole: its own tokens are read from its content.
        if (tokens[start].Inner is not null)
        {
            var content = FragmentTokenQueries.ContentOf(tokens[start]);
            var element = tokens[start];
            return TexOf([FragmentToken.Start(element.Name, element.Attributes, element.Depth), .. content, FragmentToken.End(element.Name, element.Depth)], 0);
        }

        var end = FragmentTokenQueries.EndOf(tokens, start);
        for (var i = start + 1; i < end; i++)
        {
            if (tokens[i].Kind != FragmentTokenKind.StartTag || !tokens[i].HasClass("math-tex")) continue;
            var copy = new StringBuilder();
            var copyEnd = FragmentTokenQueries.EndOf(tokens, i);
            for (var j = i + 1; j < copyEnd; j++)
            {
                if (tokens[j].Kind == FragmentTokenKind.Text) copy.Append(tokens[j].Data);
            }
            return FromSource(copy.ToString()).Trim();
        }
        for (var i = start + 1; i < end; i++)
        {
            if (tokens[i].IsStartTag("svg") && tokens[i].GetAttribute("aria-label") is { } label) return label.Trim();
        }
        return "";
    }

    private static void Append(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText t:
                text.Append(t.Data);
                return;
            case IElement e when IsMath(e):
                text.Append(TexOf(e));
                return;
            case IElement e when e.ClassList.Contains("math-tex") || e.ClassList.Contains("math-tag-sizer") || e.LocalName is "svg" or "script" or "style":
                return;
        }
        foreach (var child in node.ChildNodes) Append(child, text);
    }

    private static bool IsMath(IElement e) => e.ClassList.Contains("math-inline") || e.ClassList.Contains("math-display");

    /// <summary>The equation's TeX: its copy text without delimiters, else its picture's label.</summary>
    private static string TexOf(IElement math)
    {
        if (math.QuerySelector(".math-tex") is { } copy) return FromSource(copy.TextContent).Trim();
        return math.QuerySelector("svg[aria-label]")?.GetAttribute("aria-label")?.Trim() ?? "";
    }
}
