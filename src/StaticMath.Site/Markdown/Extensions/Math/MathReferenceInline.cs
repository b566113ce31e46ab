using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary><c>\eqref{label}</c> (shown as "(3)") or <c>\ref{label}</c> (shown as "3") written in running text, or a
/// Quarto <c>@eq-label</c> (shown as "Equation 3").</summary>
public sealed class MathReferenceInline : LeafInline
{
    public required string Label { get; init; }
    public required bool WithParentheses { get; init; }

    /// <summary>Quarto style: the word before the number ("Equation"; empty for <c>[-@eq-x]</c>); null for \eqref/\ref.</summary>
    public string? QuartoPrefix { get; init; }
}
