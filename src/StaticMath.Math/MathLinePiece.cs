namespace StaticMath.Math;

/// <summary>
/// One unbreakable stretch of an inline equation: the pieces of <see cref="MathResult.LinePieces"/> side by side draw
/// the whole equation, and a line may break between any two of them (after a relation or binary operator, as TeX and
/// KaTeX break inline math). The SVG is decorative (<c>aria-hidden</c>): the text it belongs to names the whole.
/// </summary>
public sealed record MathLinePiece(string Svg, double WidthEm, double HeightEm, double DepthEm)
{
    /// <summary>The piece's <see cref="MathResult.HtmlSvg"/>: its SVG in HTML's form, when asked for and plain; else null.</summary>
    public Utf8Svg? HtmlSvg { get; init; }
}
