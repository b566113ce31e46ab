using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticMath.Site.Bibliography;

namespace StaticMath.Site.Markdown.Extensions.PandocCitations;

/// <summary>
/// The reference list of the cited works in author-date order, with pandoc's ids (<c>#ref-KEY</c>) and classes
/// (<c>csl-entry</c>), each entry's year as cited ("2020a"). Nothing when no cited key was found.
/// </summary>
public sealed class HtmlReferencesRenderer : HtmlObjectRenderer<ReferencesBlock>
{
    protected override void Write(HtmlRenderer renderer, ReferencesBlock block)
    {
        var document = DocumentOf(block);
        if (document is null || !renderer.EnableHtmlForBlock)
        {
            return;
        }

        var citations = PageCitations.For(document);
        if (citations.Cited.Count == 0)
        {
            return;
        }

        renderer.EnsureLine();
        if (!block.InAuthorsDiv)
        {
            renderer.WriteLine("<section class=\"references references--author-date\" id=\"references\" role=\"doc-bibliography\">");
            renderer.WriteLine("<h2>References</h2>");
        }

        renderer.WriteLine("<div class=\"references-list csl-bib-body hanging-indent\" role=\"list\">");
        foreach (var entry in citations.Cited)
        {
            renderer.Write("<div class=\"reference csl-entry\" id=\"").Write(WebUtility.HtmlEncode(PageCitations.AnchorId(entry.Key))).Write("\" role=\"listitem\">")
                .Write(ReferenceFormatter.ToAuthorDateHtml(entry, citations.YearLabel(entry))).WriteLine("</div>");
        }

        renderer.WriteLine("</div>");
        if (!block.InAuthorsDiv)
        {
            renderer.WriteLine("</section>");
        }
    }

    private static MarkdownDocument? DocumentOf(Block block)
    {
        Block? current = block;
        while (current is not null and not MarkdownDocument)
        {
            current = current.Parent;
        }

        return current as MarkdownDocument;
    }
}
