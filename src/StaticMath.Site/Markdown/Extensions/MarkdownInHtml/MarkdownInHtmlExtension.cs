using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

/// <summary>
/// kramdown's <c>markdown="1"</c> on block HTML elements (div, details, section, aside, figure, blockquote): the inner
/// content is parsed as Markdown, the attribute is dropped and every other attribute kept. Nested blocks work, including
/// nested <c>markdown="1"</c> elements. Without the attribute HTML blocks stay raw, as CommonMark says.
/// Output: the original element (no classes added).
/// </summary>
public sealed class MarkdownInHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Contains<MarkdownHtmlBlockParser>()) return;
        // Markdig's raw HTML block parser, ending blocks by kramdown's rule on the pages that want it.
        var raw = pipeline.BlockParsers.FindIndex(p => p.GetType() == typeof(HtmlBlockParser));
        if (raw >= 0) pipeline.BlockParsers[raw] = new KramdownHtmlBlockParser();
        // Must run before the raw HTML block parser, which would otherwise claim the opening line.
        var htmlIndex = pipeline.BlockParsers.FindIndex(p => p is HtmlBlockParser);
        if (htmlIndex < 0) htmlIndex = pipeline.BlockParsers.Count;
        pipeline.BlockParsers.Insert(htmlIndex, new MarkdownHtmlBlockParser());
        pipeline.BlockParsers.Insert(htmlIndex, new MarkdownSummaryParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<MarkdownHtmlBlockRenderer>())
        {
            html.ObjectRenderers.Insert(0, new MarkdownHtmlBlockRenderer());
            html.ObjectRenderers.Insert(0, new MarkdownSummaryRenderer());
        }
    }
}
