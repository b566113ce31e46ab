namespace StaticMath.Math.Parsing;

/// <summary>Which tokens end the math list being parsed (they are left in the input for the caller).</summary>
[Flags]
internal enum ListTerminators
{
    None = 0,
    /// <summary><c>}</c> closes the current group.</summary>
    Group = 1,
    /// <summary><c>&amp;</c>, <c>\\</c>, <c>\cr</c>, <c>\end</c>: the current array cell.</summary>
    Cell = 2,
    /// <summary><c>\middle</c> and <c>\right</c>.</summary>
    LeftRight = 4,
    /// <summary><c>]</c> of an optional argument.</summary>
    Bracket = 8,
    /// <summary><c>$</c> or <c>\)</c> ending math inside text.</summary>
    MathShift = 16,
    /// <summary><c>\\</c> and <c>\newline</c> at the top level of an expression (line breaks).</summary>
    LineBreak = 32,
}
