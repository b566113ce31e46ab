namespace StaticMath.Math.Parsing.Tokens;

/// <summary>TeX category of a token, reduced to what math parsing distinguishes.</summary>
internal enum TokenKind : byte
{
    EndOfInput,
    /// <summary><c>\name</c> or <c>\x</c>; <see cref="Token.Text"/> holds the name without the backslash.</summary>
    ControlSequence,
    /// <summary>Letters, digits, other characters (a surrogate pair is one token).</summary>
    Character,
    BeginGroup,
    EndGroup,
    MathShift,
    AlignTab,
    /// <summary><c>#</c> in macro bodies.</summary>
    Parameter,
    Superscript,
    Subscript,
    /// <summary><c>~</c>: a non-breaking space.</summary>
    Active,
    /// <summary>One or more whitespace characters; significant in text mode only.</summary>
    Space,
    /// <summary>The content of <c>\verb|…|</c>, already cut from the source.</summary>
    Verbatim,
}
