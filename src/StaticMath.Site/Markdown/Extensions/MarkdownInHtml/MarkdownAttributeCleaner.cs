using AngleSharp.Dom;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

/// <summary>
/// A <c>markdown="1"</c> that Markdown parsing never saw — the tag sits inside a raw HTML block (CommonMark keeps
/// those verbatim) or mid-line — is kramdown-only markup browsers do not know; it is removed so no page carries it.
/// </summary>
public sealed class MarkdownAttributeCleaner : IHtmlPostProcessor
{
    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        foreach (var element in body.QuerySelectorAll("[markdown]")) element.RemoveAttribute("markdown");
    }
}
