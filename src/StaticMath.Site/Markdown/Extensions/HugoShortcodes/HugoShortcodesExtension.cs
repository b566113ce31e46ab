using Markdig;
using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.HugoShortcodes;

/// <summary>
/// Hugo posts build unchanged: their block shortcodes (<see cref="HugoShortcodeBlockParser"/>). Liquid leaves shortcode
/// calls alone (see <c>Liquid/ShortcodeCalls</c>).
/// </summary>
public sealed class HugoShortcodesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<HugoShortcodeBlockParser>()) pipeline.BlockParsers.Insert(0, new HugoShortcodeBlockParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<ShortcodeFigureRenderer>()) html.ObjectRenderers.Add(new ShortcodeFigureRenderer());
    }
}

public static class HugoShortcodesPipelineExtensions
{
    /// <summary>Enables Hugo's highlight, figure, box-style and unknown shortcodes.</summary>
    public static MarkdownPipelineBuilder UseHugoShortcodes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HugoShortcodesExtension>();
        return pipeline;
    }
}
