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
    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) =>
        ctx.FindFeature<PageMath>() is { HasRawHtmlMath: true };

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        // Nothing to do where NeedsDom says no.
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
