namespace StaticMath.Math.Parsing.Symbols;

internal enum SymbolKind : byte
{
    /// <summary>A character atom of a fixed class.</summary>
    Atom,
    /// <summary>A big operator symbol (\sum, \int).</summary>
    BigOperator,
    /// <summary>A named operator set in upright letters (\lim, \sin).</summary>
    NamedOperator,
    /// <summary>An accent command taking one argument (\hat, \widehat, \overrightarrow).</summary>
    Accent,
}

[Flags]
internal enum SymbolFlags : ushort
{
    None = 0,
    Limits = 1,
    NoLimits = 2,
    Delimiter = 4,
    Stretchy = 8,
    Under = 16,
    Italic = 32,
    Text = 64,
}
