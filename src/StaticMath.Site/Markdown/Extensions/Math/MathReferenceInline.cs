using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary><c>\eqref{label}</c> (shown as "(3)") or <c>\ref{label}</c> (shown as "3") written in running text.</summary>
public sealed class MathReferenceInline : LeafInline
{
    public required string Label { get; init; }
    public required bool WithParentheses { get; init; }
}
