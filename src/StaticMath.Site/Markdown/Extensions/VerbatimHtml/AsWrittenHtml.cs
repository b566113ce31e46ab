using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.VerbatimHtml;

/// <summary>
/// Raw HTML reaches the output as written (CommonMark), although the HTML passes (math in HTML, figures, callouts,
/// links, citations...) need it in the page's DOM. Each raw piece is marked as a region; the DOM is serialised once
/// before the passes and once after, and a region whose serialisation no pass changed is written as its source text,
/// not as the HTML5 parser rebuilt it (implied <c>&lt;tbody&gt;</c>, closed elements, dropped stray end tags). A
/// region a pass changed is re-serialised whole: finer grain (per element) would need source spans AngleSharp does not
/// keep for end tags, and passes rarely touch raw HTML.
/// </summary>
public sealed class AsWrittenHtml
{
    // One parser per thread (AngleSharp's advice; making one costs about as much as parsing a small page).
    [ThreadStatic] private static HtmlParser? t_parser;

    private readonly AsWrittenFormatter? _recorded;

    private AsWrittenHtml(AsWrittenFormatter? recorded)
    {
        _recorded = recorded;
    }

    /// <summary>Parses the rendered <paramref name="fragment"/> into <paramref name="body"/> and records its raw regions.</summary>
    public static AsWrittenHtml Parse(IElement body, string fragment, PageRenderContext ctx)
    {
        var regions = ctx.FindFeature<RawHtmlRegions>();
        if (regions is null || regions.Count == 0)
        {
            body.InnerHtml = fragment;
            return new AsWrittenHtml(null);
        }

        var parser = t_parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        foreach (var node in parser.ParseFragment(fragment, body).ToArray()) body.AppendChild(node);
        var recording = AsWrittenFormatter.Recording(regions, regions.Spans(fragment));
        Write(body, recording);
        return new AsWrittenHtml(recording);
    }

    /// <summary>The body after the passes: unchanged raw regions as written, the rest as AngleSharp serialises it.</summary>
    public string Serialize(IElement body)
    {
        if (_recorded is null) return LinearHtmlSerializer.InnerHtml(body);
        var writing = AsWrittenFormatter.Writing(_recorded);
        Write(body, writing);
        return writing.Output.ToString();
    }

    private static void Write(IElement body, AsWrittenFormatter formatter)
    {
        using var writer = new StringWriter(formatter.Output, System.Globalization.CultureInfo.InvariantCulture);
        LinearHtmlSerializer.Write(body, writer, formatter);
    }
}
