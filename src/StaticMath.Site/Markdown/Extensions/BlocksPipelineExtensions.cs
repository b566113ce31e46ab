using Markdig;
using StaticMath.Site.Markdown.Extensions.Callouts;
using StaticMath.Site.Markdown.Extensions.CodeHighlighting;
using StaticMath.Site.Markdown.Extensions.Convo;
using StaticMath.Site.Markdown.Extensions.Embeds;
using StaticMath.Site.Markdown.Extensions.Figures;
using StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

namespace StaticMath.Site.Markdown.Extensions;

/// <summary><c>.UseXxx()</c> for the authoring-block extensions (wired in <c>MarkdownPipelineFactory</c>).</summary>
public static class BlocksPipelineExtensions
{
    /// <summary>kramdown <c>markdown="1"</c> on div, details, section, aside, figure and blockquote.</summary>
    public static MarkdownPipelineBuilder UseMarkdownInHtml(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<MarkdownInHtmlExtension>();
        return pipeline;
    }

    /// <summary>Callouts in their Markdown forms (<c>:::</c>, GitHub alerts, Quarto, al-folio quotes).</summary>
    public static MarkdownPipelineBuilder UseCallouts(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<FencedDivs.FencedDivsExtension>();
        pipeline.Extensions.AddIfNotAlready<Markdig.Extensions.Alerts.AlertExtension>();
        pipeline.Extensions.AddIfNotAlready<CalloutsExtension>();
        return pipeline;
    }

    /// <summary><c>:::: convo</c> / <c>::: user</c> / <c>::: assistant</c> conversation blocks.</summary>
    public static MarkdownPipelineBuilder UseConvo(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<FencedDivs.FencedDivsExtension>();
        pipeline.Extensions.AddIfNotAlready<ConvoExtension>();
        return pipeline;
    }

    /// <summary>An image alone in its paragraph becomes a figure with a caption.</summary>
    public static MarkdownPipelineBuilder UseImageFigures(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<FiguresExtension>();
        return pipeline;
    }

    /// <summary>A paragraph holding only a YouTube or tweet URL becomes the embed.</summary>
    public static MarkdownPipelineBuilder UseEmbeds(this MarkdownPipelineBuilder pipeline, EmbedsConfig config)
    {
        pipeline.Extensions.ReplaceOrAdd<EmbedsExtension>(new EmbedsExtension(config));
        return pipeline;
    }

    /// <summary>Build-time syntax highlighting of code blocks.</summary>
    public static MarkdownPipelineBuilder UseCodeHighlighting(this MarkdownPipelineBuilder pipeline, CodeConfig config)
    {
        pipeline.Extensions.ReplaceOrAdd<CodeHighlightingExtension>(new CodeHighlightingExtension(config));
        return pipeline;
    }
}
