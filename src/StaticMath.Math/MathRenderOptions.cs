namespace StaticMath.Math;

/// <summary>Options for a <see cref="MathSession"/> (one page, or one standalone equation).</summary>
public sealed record MathRenderOptions
{
    /// <summary>Site-wide macros (name without backslash → definition), in force before any page definition.</summary>
    public IReadOnlyDictionary<string, MacroDefinition> Macros { get; init; } = new Dictionary<string, MacroDefinition>();
    public GlyphMode GlyphMode { get; init; } = GlyphMode.SharedDefinitions;
    /// <summary>Resolves <c>\ref{label}</c>/<c>\eqref{label}</c> inside math to the equation number text; null → "??".</summary>
    public Func<string, string?>? ResolveReference { get; init; }
    /// <summary>Macro expansion budget per expression; exceeding it is an error, never a hang.</summary>
    public int MaxMacroExpansions { get; init; } = 10_000;

    /// <summary>Largest SVG one equation may produce (characters); a bigger one (a macro bomb, a runaway table) is
    /// replaced by a small error box with an error, so one expression cannot blow up a page.</summary>
    public int MaxSvgLength { get; init; } = 1_000_000;

    /// <summary>
    /// Null (the default): inline math with break points gets its <see cref="MathResult.LinePieces"/> and its whole
    /// SVG. A width in em: the caller shows inline math up to that width whole and wider math as its pieces, so
    /// narrower math gets no pieces and wider math with pieces no whole SVG (<see cref="MathResult.Svg"/> is empty; the
    /// glyph ids are the pieces'). Neither is then drawn only to be thrown away: that was a third of the SVG writing.
    /// </summary>
    public double? WholeInlineMathUpToEm { get; init; }

    /// <summary>
    /// Also write each SVG in the form an HTML page holds it (<see cref="MathResult.HtmlSvg"/>,
    /// <see cref="MathLinePiece.HtmlSvg"/>): written in the same pass, it spares a site that embeds the SVG in HTML
    /// reading the XML again to convert it.
    /// </summary>
    public bool WithHtmlSvg { get; init; }

    /// <summary>
    /// False: an SVG written in its HTML form (<see cref="WithHtmlSvg"/>) comes without its XML —
    /// <see cref="MathResult.Svg"/> and <see cref="MathLinePiece.Svg"/> are empty, and the form carries what a caller
    /// reads from the XML (<see cref="Utf8Svg.XmlLength"/>, <see cref="Utf8Svg.XmlAriaLabel"/>). A site that writes only
    /// the HTML form is spared a string copy of every SVG (most of a math page's characters). SVGs with no HTML form
    /// (colour, table lines) still get their XML.
    /// </summary>
    public bool WithXmlSvg { get; init; } = true;
}
