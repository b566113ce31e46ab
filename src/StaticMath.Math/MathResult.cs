namespace StaticMath.Math;

/// <summary>
/// One typeset equation. Sizes are in em of the surrounding text. The SVG references glyph outlines by id
/// (<see cref="GlyphIds"/>) unless rendered with <see cref="GlyphMode.Inline"/>; a page must then include
/// <see cref="MathRenderer.RenderGlyphDefinitions"/> for those ids once. Plain data: serialisable with System.Text.Json.
/// </summary>
public sealed record MathResult
{
    /// <summary>The SVG markup; empty when only its HTML form was asked for (<see cref="MathRenderOptions.WithXmlSvg"/>).</summary>
    public required string Svg { get; init; }
    /// <summary><see cref="Svg"/> as an HTML parser and serialiser would write it back (empty elements closed by end
    /// tags, HTML's escaping), in UTF-8, when asked for (<see cref="MathRenderOptions.WithHtmlSvg"/>) and the SVG is plain
    /// enough to write it so directly (no colour, no <c>line</c> element, no control character); else null.</summary>
    public Utf8Svg? HtmlSvg { get; init; }
    public required double WidthEm { get; init; }
    public required double HeightEm { get; init; }
    public required double DepthEm { get; init; }
    public IReadOnlyList<MathError> Errors { get; init; } = [];
    /// <summary>Problems that leave the equation usable, each with its <see cref="MathError.Code"/> (e.g. a character
    /// no embedded font has, drawn as SVG text).</summary>
    public IReadOnlyList<MathError> Warnings { get; init; } = [];
    public IReadOnlyList<MathEquationRow> Rows { get; init; } = [];
    /// <summary>Top-level environment name (e.g. <c>align*</c>) when the expression is one environment, else null.</summary>
    public string? Environment { get; init; }
    /// <summary>Inline equations with a top-level relation or binary operator: the stretches between the places a line
    /// may break (at least two), together the same drawing as <see cref="Svg"/>; empty when it cannot break.</summary>
    public IReadOnlyList<MathLinePiece> LinePieces { get; init; } = [];
    /// <summary>Sorted, distinct ids of the glyph definitions the SVG uses (empty in inline glyph mode).</summary>
    public IReadOnlyList<string> GlyphIds { get; init; } = [];
    public bool HasErrors => Errors.Count > 0;
    /// <summary>True when every error is marked in place (<see cref="MathError.IsLocal"/>): show the SVG, warn, no error box.</summary>
    public bool HasOnlyLocalErrors => Errors.Count > 0 && Errors.All(e => e.IsLocal);
}
