using AngleSharp.Dom;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

/// <summary>
/// A <c>markdown="1"</c> that Markdown parsing never saw — the tag sits inside a raw HTML block (CommonMark keeps
/// those verbatim) or mid-line — is kramdown-only markup browsers do not know; it is removed so no page carries it.
/// </summary>
public sealed class MarkdownAttributeCleaner : IHtmlPostProcessor
{
    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) =>
        page.AsRead.HasAttribute("markdown");

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        // Nothing to do where NeedsDom says no.
    }

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        foreach (var element in body.QuerySelectorAll("[markdown]")) element.RemoveAttribute("markdown");
    }
}
