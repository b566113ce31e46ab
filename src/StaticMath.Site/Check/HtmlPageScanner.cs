using AngleSharp.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Check;

/// <summary>
/// Parses one built page with AngleSharp and collects what <see cref="SiteChecker"/> needs: parse errors, ids
/// (and duplicates), every URL the page references, and <c>&lt;script&gt;</c> elements the theme must not emit.
/// Thread-safe: each call creates its own parser.
/// </summary>
public static class HtmlPageScanner
{
    /// <summary>Our layouts mark the element holding the rendered content with this attribute: a script inside it
    /// was written by the author and is allowed; anywhere else it came from the theme.</summary>
    public const string ContentMarkerAttribute = "data-staticmath-content";

    /// <summary>The one script a site may opt into (the search page's, with <c>search: true</c>) carries this attribute.</summary>
    public const string OptInScriptAttribute = "data-staticmath-search";

    /// <summary>Pages whose generator meta does not name StaticMath were copied verbatim (static files): their
    /// scripts belong to the author.</summary>
    public const string GeneratorName = "StaticMath";

    // Attributes holding one URL, per element (lower-case local names; SVG elements are matched by local name).
    private static readonly (string Element, string Attribute, ReferenceKind Kind)[] UrlAttributes =
    [
        ("a", "href", ReferenceKind.Link),
        ("area", "href", ReferenceKind.Link),
        ("img", "src", ReferenceKind.Image),
        ("input", "src", ReferenceKind.Image),
        ("video", "poster", ReferenceKind.Image),
        ("video", "src", ReferenceKind.Asset),
        ("audio", "src", ReferenceKind.Asset),
        ("source", "src", ReferenceKind.Asset),
        ("track", "src", ReferenceKind.Asset),
        ("iframe", "src", ReferenceKind.Asset),
        ("embed", "src", ReferenceKind.Asset),
        ("object", "data", ReferenceKind.Asset),
        ("script", "src", ReferenceKind.Asset),
        ("image", "href", ReferenceKind.Image),
    ];

    public static ScannedPage Scan(string relativePath, string html, int maxParseErrors = 20)
    {
        var problems = new List<Diagnostic>();
        var parseErrors = 0;
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        parser.Error += (_, e) =>
        {
            if (e is not HtmlErrorEvent error)
                return;
            parseErrors++;
            if (parseErrors <= maxParseErrors)
                problems.Add(Diagnostic.Error(DiagnosticCodes.HtmlParseError, relativePath, error.Position.Line,
                    error.Position.Column, $"HTML parse error: {error.Message}"));
        };
        var document = parser.ParseDocument(html);
        if (parseErrors > maxParseErrors)
            problems.Add(Diagnostic.Error(DiagnosticCodes.HtmlParseError, relativePath, 0, 0,
                $"{parseErrors - maxParseErrors} more HTML parse errors not shown"));

        var anchors = CollectAnchors(relativePath, document, problems);
        var references = CollectReferences(document);
        CheckScripts(relativePath, document, problems);
        return new ScannedPage(relativePath, anchors, references, problems);
    }

    private static HashSet<string> CollectAnchors(string path, IDocument document, List<Diagnostic> problems)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            var id = element.GetAttribute("id") ?? "";
            if (id.Length == 0)
                continue;
            anchors.Add(id);
            if (firstSeen.TryGetValue(id, out var first))
            {
                var (line, column) = Where(element);
                problems.Add(Diagnostic.Error(DiagnosticCodes.DuplicateId, path, line, column,
                    $"duplicate id \"{id}\" (first used on line {Where(first).Line})"));
            }
            else
            {
                firstSeen[id] = element;
            }
        }

        // Legacy named anchors are fragment targets too (HTML's "indicated part of the document").
        foreach (var element in document.QuerySelectorAll("a[name]"))
        {
            var name = element.GetAttribute("name");
            if (!string.IsNullOrEmpty(name))
                anchors.Add(name);
        }

        return anchors;
    }

    private static List<PageReference> CollectReferences(IDocument document)
    {
        var references = new List<PageReference>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            foreach (var (elementName, attribute, kind) in UrlAttributes)
            {
                if (name == elementName && element.GetAttribute(attribute) is { } url)
                    references.Add(Reference(kind, element, url));
            }

            if (name is "img" or "source")
            {
                foreach (var candidate in SrcSet(element.GetAttribute("srcset")))
                    references.Add(Reference(name == "img" || element.ParentElement?.LocalName == "picture"
                        ? ReferenceKind.Image : ReferenceKind.Asset, element, candidate));
            }
            else if (name == "link" && element.GetAttribute("href") is { } href)
            {
                references.Add(Reference(LinkKind(element), element, href));
            }
            else if (name == "use")
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("http://www.w3.org/1999/xlink", "href");
                if (target is not null)
                    references.Add(Reference(ReferenceKind.SvgUse, element, target));
            }
        }

        return references;
    }

    private static ReferenceKind LinkKind(IElement link)
    {
        var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (rel.Any(r => r.Equals("icon", StringComparison.OrdinalIgnoreCase) ||
                         r.Equals("apple-touch-icon", StringComparison.OrdinalIgnoreCase)))
            return ReferenceKind.Image;
        if (rel.Any(r => r.Equals("stylesheet", StringComparison.OrdinalIgnoreCase) ||
                         r.Equals("preload", StringComparison.OrdinalIgnoreCase) ||
                         r.Equals("manifest", StringComparison.OrdinalIgnoreCase)))
            return ReferenceKind.Asset;
        return ReferenceKind.Link;
    }

    /// <summary>The URLs of a srcset attribute: comma-separated candidates, each a URL and an optional descriptor.</summary>
    private static IEnumerable<string> SrcSet(string? srcset)
    {
        if (string.IsNullOrWhiteSpace(srcset))
            yield break;
        foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var url = candidate.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
            if (url.Length > 0)
                yield return url;
        }
    }

    private static void CheckScripts(string path, IDocument document, List<Diagnostic> problems)
    {
        var generator = document.QuerySelector("meta[name=generator]")?.GetAttribute("content") ?? "";
        if (!generator.StartsWith(GeneratorName, StringComparison.OrdinalIgnoreCase))
            return;
        foreach (var script in document.QuerySelectorAll("script"))
        {
            if (script.Closest($"[{ContentMarkerAttribute}]") is not null || script.HasAttribute(OptInScriptAttribute))
                continue;
            var (line, column) = Where(script);
            problems.Add(Diagnostic.Error(DiagnosticCodes.UnexpectedScript, path, line, column,
                "<script> outside the page content: the theme must not add JavaScript"));
        }
    }

    private static PageReference Reference(ReferenceKind kind, IElement element, string url)
    {
        var (line, column) = Where(element);
        return new PageReference(kind, element.LocalName, url.Trim(), line, column);
    }

    private static (int Line, int Column) Where(IElement element) =>
        element.SourceReference is { } source ? (source.Position.Line, source.Position.Column) : (0, 0);
}
