using Markdig.Syntax;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// First math pass over a page, in document order: parses every expression (including math written inside raw HTML
/// blocks), which numbers the displays and collects labels, so the renderers can resolve references that point forward.
/// </summary>
public sealed class MathNumberingProcessor : IMarkdownDocumentProcessor
{
    public void Process(MarkdownDocument doc, PageRenderContext ctx)
    {
        if (PageMathSwitch.IsOff(ctx.Page))
        {
            return;
        }

        PageMath? math = null;
        foreach (var node in doc.Descendants())
        {
            switch (node)
            {
                case MathInline inline:
                    (math ??= PageMath.For(ctx)).Register(inline);
                    break;
                case MathBlock block:
                    (math ??= PageMath.For(ctx)).Register(block);
                    break;
                case HtmlBlock html:
                    RegisterRawHtml(html, ctx, ref math);
                    break;
            }
        }
    }

    private static void RegisterRawHtml(HtmlBlock block, PageRenderContext ctx, ref PageMath? math)
    {
        var raw = block.Lines.ToString();
        if (raw.AsSpan().IndexOfAny('$', '\\') < 0)
        {
            return;
        }

        foreach (var text in RawHtmlMathScanner.EligibleTexts(raw))
        {
            foreach (var span in RawHtmlMathScanner.FindInText(text))
            {
                var tex = RawHtmlMathScanner.TexOf(text, span);
                // The source position: the block's line plus the lines before the TeX's first appearance in it, and
                // the TeX's column on its line (after the block's indentation when it is on the first line).
                var at = raw.IndexOf(tex, StringComparison.Ordinal);
                var line = block.Line + (at < 0 ? 0 : raw.AsSpan(0, at).Count('\n'));
                var lineStart = at < 0 ? 0 : raw.LastIndexOf('\n', System.Math.Max(0, at - 1)) + 1;
                var column = at < 0 ? 0 : at - lineStart + (lineStart == 0 ? block.Column : 0);
                (math ??= PageMath.For(ctx)).RegisterRaw(tex, span.IsDisplay, line, column);
            }
        }
    }
}
