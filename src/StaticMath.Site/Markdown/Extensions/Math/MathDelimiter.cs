namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>How an expression was delimited in the Markdown source (kept for diagnostics and tests).</summary>
public enum MathDelimiter
{
    /// <summary><c>$…$</c></summary>
    Dollar,
    /// <summary><c>$$…$$</c>: inline inside running text, display on its own (kramdown's rule).</summary>
    DoubleDollar,
    /// <summary><c>\(…\)</c></summary>
    Parenthesis,
    /// <summary><c>\[…\]</c></summary>
    Bracket,
    /// <summary><c>\\(…\\)</c>: kramdown's escaped form, which reaches MathJax as <c>\(…\)</c>.</summary>
    EscapedParenthesis,
    /// <summary><c>\\[…\\]</c></summary>
    EscapedBracket,
    /// <summary>A bare <c>\begin{equation}…\end{equation}</c> (or align, gather, multline, eqnarray, starred or not).</summary>
    Environment,
}
