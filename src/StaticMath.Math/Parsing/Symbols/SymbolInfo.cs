using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Symbols;

/// <summary>One row of the symbol table.</summary>
/// <param name="Text">The Unicode text of the symbol (for named operators: the operator's name, words separated by a space).</param>
internal sealed record SymbolInfo(string Name, string Text, SymbolKind Kind, AtomClass Class, SymbolFlags Flags)
{
    public bool Has(SymbolFlags flag) => (Flags & flag) != 0;
}
