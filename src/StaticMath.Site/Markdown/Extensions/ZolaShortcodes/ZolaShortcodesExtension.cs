using Markdig;
using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.ZolaShortcodes;

/// <summary>
/// Zola posts build unchanged: block shortcodes (<see cref="ZolaShortcodeBlockParser"/>) and math shortcodes in running
/// text (<see cref="ZolaMathInlineParser"/>). Liquid leaves shortcode calls alone (see <c>Liquid/ShortcodeCalls</c>).
/// </summary>
public sealed class ZolaShortcodesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<ZolaShortcodeBlockParser>()) pipeline.BlockParsers.Insert(0, new ZolaShortcodeBlockParser());
        if (!pipeline.InlineParsers.Contains<ZolaMathInlineParser>()) pipeline.InlineParsers.Insert(0, new ZolaMathInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // Rendered by the math, callout, figure and table-of-contents renderers.
    }
}

public static class ZolaShortcodesPipelineExtensions
{
    /// <summary>Enables Zola's math, toc, img and body shortcodes.</summary>
    public static MarkdownPipelineBuilder UseZolaShortcodes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ZolaShortcodesExtension>();
        return pipeline;
    }
}
