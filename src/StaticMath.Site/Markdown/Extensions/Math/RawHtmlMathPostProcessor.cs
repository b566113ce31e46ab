using AngleSharp.Dom;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Renders the math written inside raw HTML blocks, which Markdown leaves as text. Only expressions the first pass
/// found in the page's raw HTML are rendered, so text that Markdown produced (an escaped <c>\$x\$</c> shown as
/// "$x$") stays text.
/// </summary>
public sealed class RawHtmlMathPostProcessor : IHtmlPostProcessor
{
    /// <summary>
    /// Raw-HTML math the tokens cannot take: the engine's whole SVGs (a page without <see cref="MathSvgSlots"/>), and text
    /// holding a carriage return (the parser would turn it into a line end inside the inserted HTML). Math in a heading
    /// with an id is fine: <see cref="MathHeadingIdPostProcessor"/> runs after this pass on tokens too.
    /// </summary>
    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) =>
        ctx.FindFeature<PageMath>() is { HasRawHtmlMath: true } && (MathSvgSlots.For(ctx) is null || HasMathOnlyTheDomTakes(page.Tokens));

    private static bool HasMathOnlyTheDomTakes(List<FragmentToken> tokens)
    {
        // A carriage return in text comes only from an entity (the fragment itself has none): rare, so looked for first.
        if (!tokens.Exists(t => t.Kind == FragmentTokenKind.Text && t.Data.Contains('\r', StringComparison.Ordinal))) return false;
        foreach (var i in RawHtmlMathScanner.EligibleTextTokens(tokens))
        {
            if (tokens[i].Data.Contains('\r', StringComparison.Ordinal) && RawHtmlMathScanner.FindInText(tokens[i].Data).Count > 0)
                return true;
        }
        return false;
    }

    /// <summary>The same as <see cref="Process"/>: each text token with math becomes its text around the equations' HTML.</summary>
    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        var math = PageMath.For(ctx);
        if (!math.HasRawHtmlMath)
        {
            return;
        }

        var tokens = page.Tokens;
        var rewrites = new List<(int Index, List<FragmentToken> Tokens)>();
        foreach (var i in RawHtmlMathScanner.EligibleTextTokens(tokens))
        {
            if (Typeset(tokens[i], math) is { } rewritten) rewrites.Add((i, rewritten));
        }
        if (rewrites.Count == 0)
        {
            return;
        }

        var result = new List<FragmentToken>(tokens.Count + rewrites.Sum(r => r.Tokens.Count));
        var copied = 0;
        foreach (var (index, rewritten) in rewrites)
        {
            result.AddRange(tokens.Skip(copied).Take(index - copied));
            result.AddRange(rewritten);
            copied = index + 1;
        }
        result.AddRange(tokens.Skip(copied));
        page.Replace(result);
    }

    /// <summary>The text token as text and equations (the text nodes the DOM version leaves apart stay apart), or null when no equation in it was registered.</summary>
    private static List<FragmentToken>? Typeset(FragmentToken text, PageMath math)
    {
        var data = text.Data;
        List<FragmentToken>? result = null;
        var position = 0;
        foreach (var span in RawHtmlMathScanner.FindInText(data))
        {
            var equation = math.TakeRaw(RawHtmlMathScanner.TexOf(data, span), span.IsDisplay);
            if (equation is null)
            {
                continue;
            }

            result ??= [];
            if (span.Start > position)
            {
                result.Add(FragmentToken.Text(data[position..span.Start], text.Depth));
            }

            var html = math.Render(equation, "span");
            result.AddRange(FragmentTokenQueries.ReadChildren(html, text.Depth - 1)
                ?? throw new InvalidOperationException("rendered math the tokens cannot hold reached the token path: " + html));
            position = span.End;
        }

        if (result is not null && position < data.Length)
        {
            result.Add(FragmentToken.Text(data[position..], text.Depth));
        }

        return result;
    }

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        var math = PageMath.For(ctx);
        if (!math.HasRawHtmlMath)
        {
            return;
        }

        foreach (var textNode in RawHtmlMathScanner.EligibleTextNodes(body))
        {
            var text = textNode.Data;
            var spans = RawHtmlMathScanner.FindInText(text);
            if (spans.Count == 0)
            {
                continue;
            }

            var parent = textNode.Parent;
            if (parent is null)
            {
                continue;
            }

            var position = 0;
            var changed = false;
            var replacement = new List<INode>();
            foreach (var span in spans)
            {
                var equation = math.TakeRaw(RawHtmlMathScanner.TexOf(text, span), span.IsDisplay);
                if (equation is null)
                {
                    continue;
                }

                changed = true;
                if (span.Start > position)
                {
                    replacement.Add(html.CreateTextNode(text[position..span.Start]));
                }

                var holder = html.CreateElement("span");
                holder.InnerHtml = math.Render(equation, "span");
                replacement.AddRange(holder.ChildNodes.ToList());
                position = span.End;
            }

            if (!changed)
            {
                continue;
            }

            if (position < text.Length)
            {
                replacement.Add(html.CreateTextNode(text[position..]));
            }

            foreach (var node in replacement)
            {
                parent.InsertBefore(node, textNode);
            }

            parent.RemoveChild(textNode);
        }
    }
}
