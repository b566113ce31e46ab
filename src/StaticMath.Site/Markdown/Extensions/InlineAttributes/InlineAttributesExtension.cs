using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.InlineAttributes;

/// <summary>
/// Markdig's generic attributes extension (block hooks for headings and fenced code info strings) with its inline
/// parser replaced by <see cref="InlineAttributesParser"/>.
/// </summary>
public sealed class InlineAttributesExtension : IMarkdownExtension
{
    private readonly GenericAttributesExtension _generic = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        _generic.Setup(pipeline);
        pipeline.InlineParsers.Replace<GenericAttributesParser>(new InlineAttributesParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) => _generic.Setup(pipeline, renderer);
}

public static class InlineAttributesPipelineExtensions
{
    /// <summary>Enables <c>{#id .class key=value}</c> after headings, fenced code info, links, images and code spans.</summary>
    public static MarkdownPipelineBuilder UseInlineAttributes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<InlineAttributesExtension>();
        return pipeline;
    }
}
