using Markdig;
using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.KramdownAttributes;

/// <summary>
/// kramdown inline attribute lists (<c>{:target="_blank"}</c>, <c>{: .class #id}</c>) and the <c>{:toc}</c> marker.
/// Coexists with Markdig's generic attributes (<c>{#id .class}</c>): our parser runs first and only claims
/// text starting with <c>{:</c>.
/// </summary>
public sealed class KramdownAttributesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<KramdownAttributesInlineParser>())
            pipeline.InlineParsers.Insert(0, new KramdownAttributesInlineParser());
        pipeline.DocumentProcessed -= KramdownAttributesResolver.Resolve;
        pipeline.DocumentProcessed += KramdownAttributesResolver.Resolve;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            if (!html.ObjectRenderers.Contains<KramdownTocRenderer>())
                html.ObjectRenderers.Add(new KramdownTocRenderer());
            if (!html.ObjectRenderers.Contains<KramdownAttributesInlineRenderer>())
                html.ObjectRenderers.Add(new KramdownAttributesInlineRenderer());
        }
    }
}

public static class KramdownAttributesPipelineExtensions
{
    /// <summary>Enables kramdown <c>{: …}</c> attribute lists.</summary>
    public static MarkdownPipelineBuilder UseKramdownAttributes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<KramdownAttributesExtension>();
        return pipeline;
    }
}
