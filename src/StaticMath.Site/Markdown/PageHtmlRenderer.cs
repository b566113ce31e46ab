using Markdig.Renderers;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown;

/// <summary>
/// Markdig's HTML renderer carrying the page being rendered; extension renderers cast
/// <c>(PageHtmlRenderer)renderer</c> to reach per-page state.
/// </summary>
public sealed class PageHtmlRenderer : HtmlRenderer
{
    public PageHtmlRenderer(TextWriter writer, PageRenderContext context) : base(writer)
    {
        Context = context;
    }

    public PageRenderContext Context { get; }
}
