using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>Math found inside running text. <see cref="IsDisplay"/> is true for <c>\[…\]</c> and for a
/// <c>$$…$$</c> that fills its line or spans lines (kramdown's rule), which render as a display inside the paragraph.</summary>
public sealed class MathInline : LeafInline, IMathExpression
{
    public required string Tex { get; init; }
    public required bool IsDisplay { get; init; }
    public required MathDelimiter Delimiter { get; init; }
    /// <summary>0-based line and column of the TeX's first character in the Markdown body.</summary>
    public int TexLine { get; init; }
    public int TexColumn { get; init; }
}
