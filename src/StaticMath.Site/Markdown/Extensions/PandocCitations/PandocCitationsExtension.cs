using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.PandocCitations;

/// <summary>
/// Pandoc/Quarto citations from the page's <c>bibliography:</c> (<see cref="CitationInlineParser"/>), rendered in
/// Quarto's default author-date style with a reference list (<see cref="ReferencesBlock"/>), plus Quarto's
/// <c>@eq-x</c>/<c>@fig-x</c> cross-references written in the same syntax.
/// </summary>
public sealed class PandocCitationsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationInlineParser>())
        {
            // Before the link parser: "[@key]" must be read as a citation before '[' opens a link.
            if (pipeline.InlineParsers.Contains<LinkInlineParser>())
            {
                pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
            }
            else
            {
                pipeline.InlineParsers.Add(new CitationInlineParser());
            }
        }

        pipeline.DocumentProcessed -= ReferencesBlock.Place;
        pipeline.DocumentProcessed += ReferencesBlock.Place;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlCitationRenderer>();
            html.ObjectRenderers.AddIfNotAlready<HtmlReferencesRenderer>();
        }
    }
}

public static class PandocCitationsPipelineExtensions
{
    public static MarkdownPipelineBuilder UsePandocCitations(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<PandocCitationsExtension>();
        return pipeline;
    }
}
