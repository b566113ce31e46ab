using Markdig;
using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.Embeds;

/// <summary>
/// Embeds without client-side scripts. Markdown side: a paragraph holding only a YouTube or tweet URL becomes the
/// embed. Raw HTML side (iframes, <c>blockquote.twitter-tweet</c>, widget scripts): <see cref="EmbedHtmlPostProcessor"/>.
/// Both produce <see cref="EmbedHtml"/> markup. CSS classes: <c>embed</c>, <c>embed--youtube|vimeo|iframe</c>,
/// <c>embed--placeholder</c>, <c>embed__placeholder</c>, <c>embed__provider</c>, <c>tweet</c>, <c>tweet--link-only</c>,
/// <c>tweet__meta</c>, <c>tweet__author</c>, <c>tweet__link</c>; the ratio travels in <c>--embed-ratio</c>.
/// </summary>
public sealed class EmbedsExtension(EmbedsConfig config) : IMarkdownExtension
{
    public EmbedsExtension() : this(new EmbedsConfig())
    {
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Paragraph rewrites run in the page pipeline, at DocumentStage.Blocks (see the feature).
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<EmbedBlockRenderer>())
            html.ObjectRenderers.Insert(0, new EmbedBlockRenderer(config));
    }
}
