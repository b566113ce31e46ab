namespace StaticMath.Math;

/// <summary>A problem found in one TeX expression. <see cref="Offset"/> is the 0-based character offset in the TeX source.</summary>
public sealed record MathError(int Offset, string Message, int Length = 0)
{
    /// <summary>The diagnostic code (SM2xxx) when the problem has its own; null for a plain TeX error (SM2001).</summary>
    public string? Code { get; init; }

    /// <summary>
    /// True when the problem is marked in place (an undefined macro in red, like MathJax's <c>merror</c>) and the rest
    /// of the expression typeset normally, so the rendering is still worth showing; false when the expression as a whole
    /// cannot be trusted (unbalanced braces, a missing argument).
    /// </summary>
    public bool IsLocal { get; init; }
}
