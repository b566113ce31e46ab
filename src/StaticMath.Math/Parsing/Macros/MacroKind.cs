namespace StaticMath.Math.Parsing.Macros;

internal enum MacroKind : byte
{
    /// <summary>Replace the call and its arguments by the body with #1…#9 substituted.</summary>
    Substitution,
    /// <summary><c>\let\a\b</c> to something that is not a macro: behaves as that token.</summary>
    Alias,
    /// <summary><c>\DeclarePairedDelimiter</c>: <c>\abs{x}</c>, <c>\abs*{x}</c> (\left/\right) and <c>\abs[\big]{x}</c>.</summary>
    PairedDelimiter,
}
