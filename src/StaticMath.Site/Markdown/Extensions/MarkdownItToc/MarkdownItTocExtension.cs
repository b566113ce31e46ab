using Markdig;
using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.MarkdownItToc;

/// <summary>Eleventy/markdown-it's <c>[[toc]]</c> (see <see cref="MarkdownItTocBlockParser"/>); rendered by the kramdown toc renderer.</summary>
public sealed class MarkdownItTocExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<MarkdownItTocBlockParser>()) pipeline.BlockParsers.Insert(0, new MarkdownItTocBlockParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}

public static class MarkdownItTocPipelineExtensions
{
    public static MarkdownPipelineBuilder UseMarkdownItToc(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<MarkdownItTocExtension>();
        return pipeline;
    }
}
