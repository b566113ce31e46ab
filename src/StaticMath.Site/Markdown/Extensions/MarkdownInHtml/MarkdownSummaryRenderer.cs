using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

/// <summary>Writes the summary tag as written around its rendered Markdown.</summary>
public sealed class MarkdownSummaryRenderer : HtmlObjectRenderer<MarkdownSummaryBlock>
{
    protected override void Write(HtmlRenderer renderer, MarkdownSummaryBlock block)
    {
        renderer.EnsureLine();
        if (renderer.EnableHtmlForBlock) renderer.Write("<summary").Write(block.Attributes).Write('>');
        renderer.WriteLeafInline(block);
        if (renderer.EnableHtmlForBlock) renderer.Write("</summary>");
        renderer.WriteLine();
    }
}
