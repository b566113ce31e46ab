using StaticMath.Site.Diagnostics;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using StaticMath.Site.Bibliography;
using StaticMath.Site.Markdown.Extensions.PandocCitations;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Distill;

/// <summary>
/// Distill citations: every <c>&lt;d-cite key="a,b"&gt;</c> becomes <c>[1, 2]</c> — links to a References section
/// at the end of the article, numbered by first appearance (a repeated key keeps its number), each with a CSS-only
/// hover card (authors, title, year). The bibliography is the page's <c>bibliography:</c> file (next to the post or
/// in the site's bibliography folders) or jekyll-scholar's default <c>references.bib</c>/<c>papers.bib</c>.
/// Unknown keys and a missing file are warnings at the author's line, shown as <c>[?]</c>.
/// Markup: <c>span.citation &gt; a.citation-link[href=#ref-KEY] &gt; span.citation-card</c>;
/// <c>section.references#references &gt; h2 + ol.references-list &gt; li.reference#ref-KEY</c>.
/// </summary>
public sealed class CitationPostProcessor : IHtmlPostProcessor
{

    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) =>
        page.AsRead.HasElement("d-cite") || page.AsRead.HasAttribute("data-references-placeholder");

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        // Nothing to do where NeedsDom says no.
    }

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        var cites = body.QuerySelectorAll("d-cite").ToList();
        var placeholder = body.QuerySelector("[data-references-placeholder]");
        if (cites.Count == 0 && placeholder is null) return;

        var bibliography = LoadBibliography(ctx, cites.Count > 0);
        var lines = CitationSourceLines.Find(ctx.Page.Body, ctx.BodyLineOffset);
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var cited = new List<BibEntry>();
        var anchors = new ReferenceAnchors(body);

        for (var i = 0; i < cites.Count; i++)
        {
            var cite = cites[i];
            var line = i < lines.Count && lines.Count == cites.Count ? lines[i] : 0;
            var keys = (cite.GetAttribute("key") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (keys.Length == 0)
            {
                ctx.Diagnostics.Warning(DiagnosticCodes.EmptyCitation, ctx.SourcePath, line, 0, "<d-cite> has no key attribute");
                Replace(cite, "<span class=\"citation citation--missing\">[?]</span>");
                continue;
            }
            var parts = new List<string>();
            foreach (var key in keys)
            {
                if (bibliography.TryGet(key, out var entry))
                {
                    if (!numbers.TryGetValue(entry.Key, out var number))
                    {
                        cited.Add(entry);
                        number = cited.Count;
                        numbers[entry.Key] = number;
                    }
                    parts.Add(Link(entry, number, anchors.For(entry.Key)));
                }
                else
                {
                    if (bibliography.IsFound)
                        ctx.Diagnostics.Warning(DiagnosticCodes.UnknownCitationKey, ctx.SourcePath, line, 0, $"citation key '{key}' is not in the bibliography");
                    parts.Add("<span class=\"citation-missing\" title=\"unknown citation key\">?</span>");
                }
            }
            var missing = parts.All(p => p.StartsWith("<span", StringComparison.Ordinal)) ? " citation--missing" : "";
            Replace(cite, $"<span class=\"citation{missing}\">[{string.Join(", ", parts)}]</span>");
        }

        if (body.QuerySelector("#" + ReferencesId) is { } pandocReferences)
        {
            // The page's pandoc citations already made the references section: one section (and one id) per page,
            // with this numbered list after theirs.
            pandocReferences.Insert(AdjacentPosition.BeforeEnd, ReferenceList(cited, anchors));
            placeholder?.Remove();
        }
        else if (cited.Count > 0 || placeholder is not null)
        {
            DistillSections.Place(body, $"<section class=\"references\" id=\"{ReferencesId}\"><h2>References</h2>{ReferenceList(cited, anchors)}</section>", placeholder);
        }
        ctx.PageValues["references"] = cited
            .Select((e, index) => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["key"] = e.Key,
                ["number"] = index + 1,
                ["id"] = anchors.For(e.Key),
                ["html"] = ReferenceFormatter.ToHtml(e),
                ["text"] = ReferenceFormatter.ToHoverText(e),
            }).ToList<object?>();
    }

    private const string ReferencesId = "references";

    /// <summary>
    /// Each cited entry's id: pandoc's <c>ref-KEY</c> (<see cref="PageCitations.AnchorId"/>), unless the page already has that id (the same work in the pandoc
    /// reference list), then the first free <c>ref-KEY-2</c>, <c>-3</c>…: ids stay unique on the page.
    /// </summary>
    private sealed class ReferenceAnchors(IElement body)
    {
        private readonly HashSet<string> _taken = new(body.QuerySelectorAll("[id]").Select(e => e.Id!), StringComparer.Ordinal);
        private readonly Dictionary<string, string> _byKey = new(StringComparer.OrdinalIgnoreCase);

        public string For(string key)
        {
            if (_byKey.TryGetValue(key, out var known)) return known;
            var id = PageCitations.AnchorId(key);
            for (var n = 2; !_taken.Add(id); n++) id = PageCitations.AnchorId(key) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return _byKey[key] = id;
        }
    }

    private static PageBibliography LoadBibliography(PageRenderContext ctx, bool hasCitations)
    {
        var bibliography = CitationBibliography.Load(ctx, scholarDefaults: true, citationsShow: "[?]");
        if (!bibliography.IsNamed && !bibliography.IsFound && hasCitations)
        {
            ctx.Diagnostics.Warning(DiagnosticCodes.MissingBibliography, ctx.SourcePath, ctx.BodyLineOffset, 1,
                "the page cites but names no bibliography (add 'bibliography: file.bib' to the front matter); citations show [?]");
        }
        return bibliography;
    }

    private static string Link(BibEntry entry, int number, string anchor) =>
        $"<a class=\"citation-link\" href=\"#{WebUtility.HtmlEncode(anchor)}\">{number}" +
        $"<span class=\"citation-card\" role=\"tooltip\">{WebUtility.HtmlEncode(ReferenceFormatter.ToHoverText(entry))}</span></a>";

    private static string ReferenceList(IReadOnlyList<BibEntry> cited, ReferenceAnchors anchors)
    {
        var sb = new StringBuilder("<ol class=\"references-list\">");
        foreach (var entry in cited)
            sb.Append("<li class=\"reference\" id=\"").Append(WebUtility.HtmlEncode(anchors.For(entry.Key))).Append("\">")
              .Append(ReferenceFormatter.ToHtml(entry)).Append("</li>");
        return sb.Append("</ol>").ToString();
    }

    private static void Replace(IElement element, string html)
    {
        element.Insert(AdjacentPosition.BeforeBegin, html);
        element.Remove();
    }
}
