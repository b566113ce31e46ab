namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// One SVG of an equation as a page writes it: its final HTML (the engine's XML as the page's HTML passes would have
/// written it, <see cref="EngineSvgHtml"/>), the accessible name its placeholder carries meanwhile (the engine's
/// <c>aria-label</c>, still escaped) and the engine SVG's length (what the page's math budget counts). Made once
/// when the equation is typeset and kept in the math cache, so a page read from the cache does no XML work.
/// </summary>
public sealed record EquationSvg(string Html, string? AriaLabel, int EngineLength)
{
    public static EquationSvg FromEngine(string svg) => new(EngineSvgHtml.AsParsed(svg), AriaLabelOf(svg), svg.Length);

    /// <summary>The raw (still escaped) value of the SVG root's <c>aria-label</c>: the engine writes it on the root.</summary>
    private static string? AriaLabelOf(string svg)
    {
        var end = svg.IndexOf('>', StringComparison.Ordinal);
        var start = end < 0 ? -1 : svg.IndexOf(" aria-label=\"", 0, end, StringComparison.Ordinal);
        if (start < 0) return null;
        start += " aria-label=\"".Length;
        var close = svg.IndexOf('"', start);
        return close < 0 ? null : svg[start..close];
    }
}
