using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Finds math in the text of raw HTML (a <c>&lt;figcaption&gt;</c>, a <c>&lt;p&gt;</c> inside a conversation block),
/// with the same delimiter rules as running text. Text inside code, scripts, styles, SVG/MathML and math we already
/// rendered is never touched.
/// </summary>
internal static class RawHtmlMathScanner
{
    private static readonly HashSet<string> OpaqueElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "code", "pre", "kbd", "samp", "script", "style", "textarea", "template", "svg", "math", "title",
    };

    private static readonly string[] RenderedMathClasses = ["math-inline", "math-display", "math-error", "math-tex", "math-ref"];

    [ThreadStatic] private static HtmlParser? t_parser;

    /// <summary>
    /// The texts of a raw HTML block that may hold math, in document order, as the DOM has them (entities decoded,
    /// adjacent runs merged). Read as tokens when the block's tree is built by opening and closing elements in order
    /// (most blocks: a <c>&lt;div&gt;</c> or <c>&lt;figcaption&gt;</c> around text); parsing every such block into a
    /// DOM was a quarter of the equations' registration time. Otherwise through the DOM.
    /// </summary>
    public static List<string> EligibleTexts(string html)
    {
        if (FragmentTokens.Read(html) is { } tokens) return EligibleTextTokens(tokens.Tokens).ConvertAll(i => tokens.Tokens[i].Data);
        return EligibleTextsOfDom(html);
    }

    /// <summary><see cref="EligibleTexts"/> through the DOM, whatever the HTML.</summary>
    internal static List<string> EligibleTextsOfDom(string html)
    {
        var document = (t_parser ??= new HtmlParser()).ParseDocument("<!DOCTYPE html><html><body></body></html>");
        document.Body!.InnerHtml = html;
        return EligibleTextNodes(document.Body).ConvertAll(node => node.Data);
    }

    /// <summary>Text nodes under <paramref name="root"/> that may hold math, in document order.</summary>
    public static List<IText> EligibleTextNodes(INode root)
    {
        var result = new List<IText>();
        Collect(root, result);
        return result;
    }

    /// <summary>The indices of the text tokens that may hold math, in document order (as <see cref="EligibleTextNodes"/>).</summary>
    public static List<int> EligibleTextTokens(IReadOnlyList<FragmentToken> tokens)
    {
        var result = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == FragmentTokenKind.StartTag && IsOpaque(token))
            {
                // Past everything inside it; its end tag is skipped like any other.
                while (i + 1 < tokens.Count && tokens[i + 1].Depth > token.Depth) i++;
                continue;
            }
            if (token.Kind == FragmentTokenKind.Text && token.Data.AsSpan().IndexOfAny('$', '\\') >= 0) result.Add(i);
        }
        return result;
    }

    /// <summary>Math spans in a run of text, in order.</summary>
    public static List<MathSpan> FindInText(string text)
    {
        var spans = new List<MathSpan>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '$')
            {
                i += 2;
                continue;
            }

            if (c is '$' or '\\' && MathSpanMatcher.Match(text, i, text.Length, lineStart: 0) is { } span)
            {
                spans.Add(span);
                i = span.End;
                continue;
            }

            i += c == '$' && i + 1 < text.Length && text[i + 1] == '$' ? 2 : 1;
        }

        return spans;
    }

    public static string TexOf(string text, MathSpan span)
    {
        var tex = text[span.TexStart..span.TexEnd];
        return span.Delimiter == MathDelimiter.Dollar ? tex : tex.Trim();
    }

    private static void Collect(INode node, List<IText> result)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text when text.Data.AsSpan().IndexOfAny('$', '\\') >= 0:
                    result.Add(text);
                    break;
                case IElement element when !IsOpaque(element):
                    Collect(element, result);
                    break;
            }
        }
    }

    private static bool IsOpaque(IElement element) =>
        OpaqueElements.Contains(element.LocalName) || RenderedMathClasses.Any(element.ClassList.Contains);

    // A loop, not RenderedMathClasses.Any(element.HasClass): that made a delegate for every start tag of a page.
    private static bool IsOpaque(FragmentToken element)
    {
        if (OpaqueElements.Contains(element.Name)) return true;
        foreach (var name in RenderedMathClasses)
        {
            if (element.HasClass(name)) return true;
        }
        return false;
    }
}
