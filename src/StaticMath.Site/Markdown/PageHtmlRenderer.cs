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

    /// <summary>After text that ended with a line end and then a marker comment: the next block starts no new line.</summary>
    public void LineEnded() => previousWasLine = true;
}
