using StaticMath.Site.Diagnostics;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using StaticMath.Site.Bibliography;
using StaticMath.Site.Liquid;
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
    private static readonly string[] ScholarDefaults = ["references.bib", "papers.bib"];

    public int Order => 410;

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        var cites = body.QuerySelectorAll("d-cite").ToList();
        var placeholder = body.QuerySelector("[data-references-placeholder]");
        if (cites.Count == 0 && placeholder is null) return;

        var bibliography = LoadBibliography(ctx, cites.Count > 0);
        var lines = CitationSourceLines.Find(ctx.Page.Body, ctx.BodyLineOffset);
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var cited = new List<BibEntry>();

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
                if (bibliography is not null && bibliography.TryGet(key, out var entry))
                {
                    if (!numbers.TryGetValue(entry.Key, out var number))
                    {
                        cited.Add(entry);
                        number = cited.Count;
                        numbers[entry.Key] = number;
                    }
                    parts.Add(Link(entry, number));
                }
                else
                {
                    if (bibliography is not null)
                        ctx.Diagnostics.Warning(DiagnosticCodes.UnknownCitationKey, ctx.SourcePath, line, 0, $"citation key '{key}' is not in the bibliography");
                    parts.Add("<span class=\"citation-missing\" title=\"unknown citation key\">?</span>");
                }
            }
            var missing = parts.All(p => p.StartsWith("<span", StringComparison.Ordinal)) ? " citation--missing" : "";
            Replace(cite, $"<span class=\"citation{missing}\">[{string.Join(", ", parts)}]</span>");
        }

        if (cited.Count > 0 || placeholder is not null)
            DistillSections.Place(body, References(cited), placeholder);
        ctx.PageValues["references"] = cited
            .Select((e, index) => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["key"] = e.Key,
                ["number"] = index + 1,
                ["id"] = AnchorId(e.Key),
                ["html"] = ReferenceFormatter.ToHtml(e),
                ["text"] = ReferenceFormatter.ToHoverText(e),
            }).ToList<object?>();
    }

    public static string AnchorId(string key) => "ref-" + key;

    private static BibDatabase? LoadBibliography(PageRenderContext ctx, bool hasCitations)
    {
        var build = ctx.Build;
        var postDirectory = Path.GetDirectoryName(Path.Combine(build.SiteDirectory, ctx.SourcePath)) ?? build.SiteDirectory;
        var cache = build.GetOrAddService(() => new BibliographyCache(build.SiteDirectory));
        if (ctx.Page.FrontMatter.TryGetValue("bibliography", out var value) && value is string name && name.Trim().Length > 0)
        {
            var path = BibliographyLocator.Resolve(name, postDirectory, build.SiteDirectory, ctx.AddFileDependency)
                       ?? BibliographyLocator.Resolve(name, postDirectory, Path.Combine(build.SiteDirectory, "content"), ctx.AddFileDependency);
            if (path is not null) return cache.Load(path, ctx.Diagnostics);
            ctx.Diagnostics.Warning(DiagnosticCodes.MissingBibliography, ctx.SourcePath, ctx.Page.FrontMatterLine("bibliography"), 1,
                $"bibliography '{name}' not found (looked next to the post and in {string.Join(", ", BibliographyLocator.SiteFolders.Select(f => f + "/"))}); citations show [?]");
            return null;
        }
        foreach (var fallback in ScholarDefaults)
        {
            var path = BibliographyLocator.Resolve(fallback, postDirectory, build.SiteDirectory, ctx.AddFileDependency);
            if (path is not null) return cache.Load(path, ctx.Diagnostics);
        }
        if (hasCitations)
        {
            ctx.Diagnostics.Warning(DiagnosticCodes.MissingBibliography, ctx.SourcePath, ctx.BodyLineOffset, 1,
                "the page cites but names no bibliography (add 'bibliography: file.bib' to the front matter); citations show [?]");
        }
        return null;
    }

    private static string Link(BibEntry entry, int number) =>
        $"<a class=\"citation-link\" href=\"#{WebUtility.HtmlEncode(AnchorId(entry.Key))}\">{number}" +
        $"<span class=\"citation-card\" role=\"tooltip\">{WebUtility.HtmlEncode(ReferenceFormatter.ToHoverText(entry))}</span></a>";

    private static string References(IReadOnlyList<BibEntry> cited)
    {
        var sb = new StringBuilder("<section class=\"references\" id=\"references\"><h2>References</h2><ol class=\"references-list\">");
        foreach (var entry in cited)
            sb.Append("<li class=\"reference\" id=\"").Append(WebUtility.HtmlEncode(AnchorId(entry.Key))).Append("\">")
              .Append(ReferenceFormatter.ToHtml(entry)).Append("</li>");
        return sb.Append("</ol></section>").ToString();
    }

    private static void Replace(IElement element, string html)
    {
        element.Insert(AdjacentPosition.BeforeBegin, html);
        element.Remove();
    }
}
