using System.Globalization;
using StaticMath.Math.Parsing.Commands;
using StaticMath.Math.Parsing.Symbols;
using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing;

/// <summary>Characters and symbol commands → atoms.</summary>
internal sealed partial class MathParser
{
    /// <summary>A command: registry handler first, then the symbol table, else an "Undefined control sequence" marked in place.</summary>
    public MathNode? ParseCommand(Token token)
    {
        if (Commands.TryGet(token.Text, out var handler))
        {
            var node = handler(this, token);
            return node is null || node.Offset >= 0 ? node : node with { Offset = token.Offset };
        }

        if (Symbols.TryGetCommand(token.Text, out var symbol))
        {
            return SymbolNode(symbol, token);
        }

        if (UnsupportedPackageCommands.TryParse(this, token, out var unsupported))
        {
            return unsupported;
        }

        if (token.Text.Length == 0)
        {
            return LocalError(token, "Missing control sequence name after \\");
        }

        return LocalError(token, $"Undefined control sequence {token.ToSource()}");
    }

    /// <summary>The node for a symbol-table entry (atom, big or named operator, accent with its argument).</summary>
    public MathNode SymbolNode(SymbolInfo symbol, Token token)
    {
        switch (symbol.Kind)
        {
            case SymbolKind.BigOperator:
                return new BigOperator(symbol.Text, null, LimitsOf(symbol)) { Offset = token.Offset };
            case SymbolKind.NamedOperator:
                return new BigOperator(null, NamedOperatorText(symbol.Text, token.Offset), LimitsOf(symbol)) { Offset = token.Offset };
            case SymbolKind.Accent:
                var body = ParseRequiredArgument(token);
                return new AccentNode(body, symbol.Text, symbol.Has(SymbolFlags.Stretchy), symbol.Has(SymbolFlags.Under)) { Offset = token.Offset };
            default:
                var variant = symbol.Has(SymbolFlags.Italic) && CurrentVariant == MathVariant.Default ? MathVariant.Italic : VariantFor(symbol.Text);
                return new SymbolAtom(symbol.Class, symbol.Text, variant) { Offset = token.Offset };
        }
    }

    /// <summary>Upright letters of a named operator; a space in the name becomes a thin space (lim inf).</summary>
    public static MathList NamedOperatorText(string text, int offset)
    {
        var items = new List<MathNode>(text.Length);
        foreach (var c in text)
        {
            items.Add(c == ' '
                ? new SpaceNode(3, SpaceUnit.Mu) { Offset = offset }
                : new SymbolAtom(AtomClass.Ord, Tokenizer.CharacterString(c), MathVariant.Normal) { Offset = offset });
        }

        return new MathList(items) { Offset = offset };
    }

    /// <summary>The atom for a character typed in math: TeX's mathcodes for ASCII, the symbol table for Unicode.</summary>
    public MathNode CharacterAtom(Token token)
    {
        var text = token.Text;
        if (text.Length == 1 && text[0] < 128)
        {
            var c = text[0];
            if (char.IsAsciiLetterOrDigit(c))
            {
                return new SymbolAtom(AtomClass.Ord, text, CurrentVariant) { Offset = token.Offset };
            }

            var (atomClass, mapped) = c switch
            {
                '+' => (AtomClass.Bin, "+"),
                '-' => (AtomClass.Bin, "\u2212"),
                '*' => (AtomClass.Bin, "\u2217"),
                '=' or '<' or '>' or ':' => (AtomClass.Rel, text),
                '(' or '[' => (AtomClass.Open, text),
                ')' or ']' or '!' or '?' => (AtomClass.Close, text),
                ',' or ';' => (AtomClass.Punct, text),
                '`' => (AtomClass.Ord, "\u2018"),
                '"' => (AtomClass.Ord, "\u201D"),
                _ => (AtomClass.Ord, text),
            };
            return new SymbolAtom(atomClass, mapped, VariantAppliesToAllSymbols ? CurrentVariant : MathVariant.Default) { Offset = token.Offset };
        }

        if (Symbols.TryGetCharacter(text, out var symbol))
        {
            return symbol.Kind == SymbolKind.BigOperator
                ? new BigOperator(symbol.Text, null, LimitsOf(symbol)) { Offset = token.Offset }
                : new SymbolAtom(symbol.Class, text, VariantFor(text)) { Offset = token.Offset };
        }

        // Other Unicode: letters (α, 𝔼, ℝ) and anything else are ordinary; a minus sign typed directly is binary.
        var atom = text switch
        {
            "\u2212" => AtomClass.Bin,
            _ => AtomClass.Ord,
        };
        return new SymbolAtom(atom, text, VariantFor(text)) { Offset = token.Offset };
    }

    /// <summary>The alphabet for a symbol: the current one for letters and digits (all symbols inside \boldsymbol).</summary>
    public MathVariant VariantFor(string text)
    {
        if (CurrentVariant == MathVariant.Default || VariantAppliesToAllSymbols)
        {
            return CurrentVariant;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(text, 0);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.OtherLetter or UnicodeCategory.TitlecaseLetter
            ? CurrentVariant
            : MathVariant.Default;
    }

    private static LimitsMode LimitsOf(SymbolInfo symbol) =>
        symbol.Has(SymbolFlags.Limits) ? LimitsMode.DisplayLimits : LimitsMode.NoLimits;
}
