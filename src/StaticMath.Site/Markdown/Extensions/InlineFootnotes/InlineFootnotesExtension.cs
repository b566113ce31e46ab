using Markdig;
using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.InlineFootnotes;

/// <summary>Pandoc inline notes <c>^[…]</c>, numbered with Markdig's footnotes (needs <c>UseFootnotes()</c>).</summary>
public sealed class InlineFootnotesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<InlineFootnoteParser>())
        {
            pipeline.InlineParsers.Add(new InlineFootnoteParser());
        }

        pipeline.DocumentProcessed -= InlineFootnoteNumbering.Finish;
        pipeline.DocumentProcessed += InlineFootnoteNumbering.Finish;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // Rendered by Markdig's footnote renderers.
    }
}

public static class InlineFootnotesPipelineExtensions
{
    public static MarkdownPipelineBuilder UseInlineFootnotes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<InlineFootnotesExtension>();
        return pipeline;
    }
}
