using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.FencedDivs;

/// <summary>
/// Renders the fenced divs of the kinds it owns (callouts, convo). Writers are asked in registration order; the first
/// that returns true wrote the block.
/// </summary>
public interface IFencedDivWriter
{
    bool TryWrite(HtmlRenderer renderer, FencedDivBlock block);
}
