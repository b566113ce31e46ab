using Markdig;
using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.KramdownExtensions;

/// <summary>kramdown's <c>{::comment}</c>, <c>{::nomarkdown}</c> and <c>{::options /}</c> (see <see cref="KramdownExtensionBlockParser"/>), and the first two in a paragraph (<see cref="KramdownExtensionInlineParser"/>).</summary>
public sealed class KramdownExtensionsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<KramdownExtensionBlockParser>()) pipeline.BlockParsers.Insert(0, new KramdownExtensionBlockParser());
        if (!pipeline.InlineParsers.Contains<KramdownExtensionInlineParser>()) pipeline.InlineParsers.Insert(0, new KramdownExtensionInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<KramdownNoMarkdownRenderer>()) html.ObjectRenderers.Add(new KramdownNoMarkdownRenderer());
    }
}

public static class KramdownExtensionsPipelineExtensions
{
    public static MarkdownPipelineBuilder UseKramdownExtensions(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<KramdownExtensionsExtension>();
        return pipeline;
    }
}
