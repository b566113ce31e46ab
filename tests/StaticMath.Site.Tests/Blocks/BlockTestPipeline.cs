using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;
using StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

namespace StaticMath.Site.Tests.Blocks;

/// <summary>Renders Markdown through a pipeline holding the block extensions and parses the result with AngleSharp.</summary>
internal static class BlockTestPipeline
{
    public static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .Use<MarkdownInHtmlExtension>()
        .Build();

    public static string ToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown, Create());

    public static IElement Render(string markdown)
    {
        var html = ToHtml(markdown);
        var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html + "</body></html>");
        return document.Body!;
    }
}
