using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

/// <summary>Writes the element back with its kept attributes around the rendered Markdown children.</summary>
public sealed class MarkdownHtmlBlockRenderer : HtmlObjectRenderer<MarkdownHtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, MarkdownHtmlBlock block)
    {
        renderer.EnsureLine();
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write('<').Write(block.TagName).WriteAttributes(block).WriteLine(">");
        }
        renderer.WriteChildren(block);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.EnsureLine();
            renderer.Write("</").Write(block.TagName).WriteLine(">");
        }
    }
}
