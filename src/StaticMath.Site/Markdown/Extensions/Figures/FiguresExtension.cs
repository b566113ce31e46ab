using Markdig;
using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.Figures;

/// <summary>
/// Figures: a Markdown image alone in its paragraph becomes <c>&lt;figure class="figure"&gt;&lt;img&gt;&lt;figcaption&gt;</c>
/// (caption from the title, else the alt text; inline Markdown and math allowed). Raw <c>&lt;figure&gt;</c> and
/// <c>div.caption</c> are kept; <see cref="FigureHtmlPostProcessor"/> sizes every local image from its file, adds lazy
/// loading, warns about missing files and numbers figures when <c>figures.numbering</c> is on.
/// CSS classes: <c>figure</c>, <c>figure__label</c> (the "Figure N:" prefix), <c>caption</c> (al-folio, kept).
/// </summary>
public sealed class FiguresExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Paragraph rewrites run in the page pipeline, at DocumentStage.Blocks (see the feature).
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<ImageFigureRenderer>())
            html.ObjectRenderers.Insert(0, new ImageFigureRenderer(pipeline));
    }
}
