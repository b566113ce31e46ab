using StaticMath.Site.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using StaticMath.Site.Liquid;
using StaticMath.Site.Markdown.Extensions.KramdownAttributes;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Distill;

/// <summary>
/// Tables of contents. <c>toc: true</c>: every heading gets an id and its h2/h3 entries go to <c>page.toc_entries</c>
/// (the theme draws the box); a Distill <c>toc:</c> list (rendered by the theme with slugified names) is checked against the headings —
/// a name whose heading has another id gets an alias anchor, a name without a heading is a warning; kramdown's
/// <c>{:toc}</c> placeholder is filled from all headings. Headings with class <c>no_toc</c> are left out; heading
/// math is kept (the entry copies the heading's HTML).
/// </summary>
public sealed class TableOfContentsPostProcessor : IHtmlPostProcessor
{
    /// <summary>A contents placeholder, or a front matter asking for contents or naming sections.</summary>
    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) =>
        page.AsRead.HasAttribute(KramdownTocRenderer.PlaceholderAttribute)
            && page.Tokens.Exists(t => t.IsStartTag("nav") && t.HasAttribute(KramdownTocRenderer.PlaceholderAttribute))
        || AsksForContents(ctx);

    private static bool AsksForContents(PageRenderContext ctx)
    {
        var toc = Toc(ctx);
        return toc is true || toc is "true" || toc is System.Collections.IEnumerable && toc is not string;
    }

    private static object? Toc(PageRenderContext ctx) => ctx.Page.Toc ?? (ctx.Page.FrontMatter.TryGetValue("toc", out var raw) ? raw : null);

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        // Nothing to do where NeedsDom says no.
    }

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        var toc = Toc(ctx);
        var placeholders = body.QuerySelectorAll("nav[" + KramdownTocRenderer.PlaceholderAttribute + "]").ToList();
        var wantsGenerated = toc is true || toc is "true";
        var list = toc as System.Collections.IEnumerable;
        if (!wantsGenerated && placeholders.Count == 0 && !AsksForContents(ctx)) return;

        var headings = Headings(body);
        foreach (var placeholder in placeholders)
        {
            var tag = placeholder.GetAttribute(KramdownTocRenderer.PlaceholderAttribute) == "ol" ? "ol" : "ul";
            placeholder.RemoveAttribute(KramdownTocRenderer.PlaceholderAttribute);
            placeholder.SetAttribute("aria-label", "Contents");
            placeholder.InnerHtml = TocList.Nested(headings.Select(h => TocList.Entry.Of(h.Element)), tag);
        }
        if (wantsGenerated)
        {
            // The theme draws the contents box (toc_html filter); here every heading gets an id and the entries
            // are exposed as page.toc_entries.
            SetEntries(ctx, headings.Where(h => h.Level is 2 or 3));
        }
        else if (list is not null && toc is not string)
        {
            CheckListedSections(list, headings, body, ctx);
        }
    }

    private static void SetEntries(PageRenderContext ctx, IEnumerable<Heading> headings) =>
        ctx.PageValues["toc_entries"] = headings
            .Select(h => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = h.Element.Id, ["title"] = h.Text, ["level"] = h.Level,
            }).ToList();

    private static void CheckListedSections(System.Collections.IEnumerable sections, List<Heading> headings, IElement body, PageRenderContext ctx)
    {
        var used = new List<Heading>();
        foreach (var name in SectionNames(sections))
        {
            var heading = headings.FirstOrDefault(h => string.Equals(Normalize(h.Text), Normalize(name), StringComparison.OrdinalIgnoreCase));
            if (heading is null)
            {
                ctx.Diagnostics.Warning(DiagnosticCodes.TocEntryNotFound, ctx.SourcePath, ctx.Page.FrontMatterLine("toc"), 1,
                    $"toc entry '{name}' matches no heading of the page (its link will not work)");
                continue;
            }
            used.Add(heading);
            var slug = Content.Slug.From(name);
            // The theme links to #slugify(name); make sure that anchor exists even if the heading's id differs.
            if (slug.Length > 0 && heading.Element.Id != slug && body.QuerySelector("[id='" + slug.Replace("'", "\\'") + "']") is null)
                heading.Element.Insert(AdjacentPosition.AfterBegin, $"<span id=\"{WebUtility.HtmlEncode(slug)}\" class=\"toc-anchor\"></span>");
        }
        SetEntries(ctx, used);
    }

    private static IEnumerable<string> SectionNames(System.Collections.IEnumerable sections)
    {
        foreach (var section in sections)
        {
            var map = AsMap(section);
            if (map is null) continue;
            if (map.TryGetValue("name", out var name) && name is not null) yield return Convert.ToString(name, System.Globalization.CultureInfo.InvariantCulture)!;
            if (map.TryGetValue("subsections", out var subs) && subs is System.Collections.IEnumerable children and not string)
                foreach (var child in SectionNames(children)) yield return child;
        }
    }

    private static IReadOnlyDictionary<string, object?>? AsMap(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        System.Collections.IDictionary dictionary => dictionary.Keys.Cast<object>()
            .ToDictionary(k => Convert.ToString(k, System.Globalization.CultureInfo.InvariantCulture)!, k => dictionary[k], StringComparer.Ordinal),
        _ => null,
    };

    private static List<Heading> Headings(IElement body)
    {
        var result = new List<Heading>();
        var taken = new HashSet<string>(body.QuerySelectorAll("[id]").Select(e => e.Id!), StringComparer.Ordinal);
        foreach (var element in body.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            if (element.ClassList.Contains("no_toc") || element.Closest("nav, .footnotes, .references, .toc, figure, aside") is not null)
                continue;
            var text = Normalize(element.TextContent);
            if (text.Length == 0) continue;
            if (string.IsNullOrEmpty(element.Id))
            {
                var baseId = Content.Slug.From(text);
                if (baseId.Length == 0) baseId = "section";
                var id = baseId;
                for (var n = 1; !taken.Add(id); n++) id = baseId + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                element.Id = id;
            }
            result.Add(new Heading(element, element.LocalName[1] - '0', text));
        }
        return result;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record Heading(IElement Element, int Level, string Text);
}
