using StaticMath.Site.Diagnostics;
using System.Net;
using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticMath.Site.Bibliography;
using StaticMath.Site.Liquid;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Markdown.Extensions.PandocCitations;

/// <summary>
/// Writes a citation the way pandoc's default (Chicago author-date) style does: "(see Smith 2020, 33; Lee 2019)",
/// "Smith (2020)" for a bare key, "(2020)" for <c>-@key</c>, each linked to its entry in the reference list with a
/// CSS-only card (authors, title, year). An unknown key is a warning naming it and shows as <b>?key</b>, like
/// pandoc. Quarto cross-references in the same syntax become links to the equation (numbered by the math
/// extension) or, for figures, tables and theorem-like blocks, empty same-page links the block numbering fills.
/// </summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        var document = DocumentOf(citation);
        var citations = document is null ? null : PageCitations.For(document);
        var html = new StringBuilder();
        var bibliographic = new List<string>();
        var parts = new List<string>();
        foreach (var item in citation.Items)
        {
            if (citations is not null && citations.Bibliography.TryGet(item.Key, out var entry))
            {
                bibliographic.Add(entry.Key);
                parts.Add(Cited(item, entry, citations, citation.InText));
            }
            else if (QuartoCrossReference.IsCrossReference(item.Key))
            {
                parts.Add(CrossReference(renderer, citation, item));
            }
            else
            {
                bibliographic.Add(item.Key);
                Warn(citations, citation, item.Key);
                parts.Add(Prefixed(item.Prefix, "<strong class=\"citation-missing\">?" + Encode(item.Key) + "</strong>" + Encode(AuthorDateStyle.Suffix(item.Suffix))));
            }
        }

        if (bibliographic.Count == 0)
        {
            html.Append(string.Join(", ", parts));
        }
        else
        {
            html.Append("<span class=\"citation\" data-cites=\"").Append(Encode(string.Join(' ', bibliographic))).Append("\">");
            html.Append(citation.InText ? parts[0] : "(" + string.Join("; ", parts) + ")");
            html.Append("</span>");
        }

        if (renderer.EnableHtmlForInline)
        {
            renderer.Write(html.ToString());
        }
        else
        {
            // Plain-text rendering (heading ids, summaries): the text without its markup.
            renderer.WriteEscape(PlainText(html.ToString()));
        }
    }

    private static string Cited(CitationItem item, BibEntry entry, PageCitations citations, bool inText)
    {
        var year = citations.YearLabel(entry);
        var suffix = AuthorDateStyle.Suffix(item.Suffix);
        var names = AuthorDateStyle.CitationNames(entry);
        var text = inText ? names + " (" + year + suffix + ")"
            : item.SuppressAuthor ? year : names + " " + year;
        var link = "<a class=\"citation-link\" href=\"#" + Encode(PageCitations.AnchorId(entry.Key)) + "\" role=\"doc-biblioref\">" + Encode(text) +
                   "<span class=\"citation-card\" role=\"tooltip\">" + Encode(ReferenceFormatter.ToHoverText(entry)) + "</span></a>";
        return inText ? link : Prefixed(item.Prefix, link + Encode(suffix));
    }

    private static string CrossReference(HtmlRenderer renderer, CitationInline citation, CitationItem item)
    {
        string reference;
        if (QuartoCrossReference.IsEquation(item.Key))
        {
            var math = HtmlMathRenderers.PageMathFor(renderer, citation);
            var word = item.SuppressAuthor ? "" : item.Prefix.Length > 0 ? item.Prefix : QuartoCrossReference.EquationWord;
            return math.RenderReference(item.Key, withParentheses: false, citation.Line, citation.Column, word) + Encode(SuffixText(item.Suffix));
        }

        // Figures, tables, theorem-like blocks: the block numbering fills empty same-page links ("Theorem 2").
        reference = "<a class=\"quarto-xref\" href=\"#" + Encode(item.Key) + "\"></a>";
        return Prefixed(item.Prefix, reference + Encode(SuffixText(item.Suffix)));
    }

    private static string SuffixText(string suffix) => suffix.Length == 0 ? "" : (suffix.StartsWith(',') ? suffix : " " + suffix);

    private static string Prefixed(string prefix, string html) => prefix.Length == 0 ? html : Encode(prefix) + " " + html;

    private static void Warn(PageCitations? citations, CitationInline citation, string key)
    {
        var page = citations?.Page;
        if (page is null)
        {
            return;
        }

        var message = citations!.Bibliography.IsNamed
            ? $"citation key '{key}' is not in the bibliography; shown as ?{key}"
            : $"citation '@{key}' but the page names no bibliography (add 'bibliography: file.bib' to the front matter); shown as ?{key}";
        page.WarningAtBody(DiagnosticCodes.UnknownCitationKey, citation.Line, citation.Column, message);
    }

    private static string PlainText(string html)
    {
        var text = new StringBuilder(html.Length);
        var inTag = false;
        var inCard = 0;
        for (var i = 0; i < html.Length; i++)
        {
            if (html[i] == '<')
            {
                if (string.CompareOrdinal(html, i, "<span class=\"citation-card\"", 0, 27) == 0)
                {
                    inCard = html.IndexOf("</span>", i, StringComparison.Ordinal);
                }

                inTag = true;
            }
            else if (html[i] == '>')
            {
                inTag = false;
            }
            else if (!inTag && i > inCard)
            {
                text.Append(html[i]);
            }
        }

        return WebUtility.HtmlDecode(text.ToString());
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static MarkdownDocument? DocumentOf(Inline inline)
    {
        var container = inline.Parent;
        while (container?.Parent is not null)
        {
            container = container.Parent;
        }

        Block? block = container?.ParentBlock;
        while (block is not null and not MarkdownDocument)
        {
            block = block.Parent;
        }

        return block as MarkdownDocument;
    }
}
