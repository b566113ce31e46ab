using StaticMath.Math.Parsing.Symbols;
using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>Symbols that need context: <c>\not</c> (precomposed negations where Unicode has them) and amsmath's <c>\dots</c>.</summary>
internal static class SymbolCommands
{
    private static readonly Dictionary<string, string> Negations = new(StringComparer.Ordinal)
    {
        ["="] = "\u2260", ["<"] = "\u226E", [">"] = "\u226F", ["in"] = "\u2209", ["ni"] = "\u220C", ["owns"] = "\u220C",
        ["subset"] = "\u2284", ["supset"] = "\u2285", ["subseteq"] = "\u2288", ["supseteq"] = "\u2289",
        ["le"] = "\u2270", ["leq"] = "\u2270", ["ge"] = "\u2271", ["geq"] = "\u2271", ["equiv"] = "\u2262",
        ["sim"] = "\u2241", ["simeq"] = "\u2244", ["approx"] = "\u2249", ["cong"] = "\u2247", ["mid"] = "\u2224",
        ["parallel"] = "\u2226", ["exists"] = "\u2204", ["prec"] = "\u2280", ["succ"] = "\u2281",
        ["preceq"] = "\u22E0", ["succeq"] = "\u22E1", ["vdash"] = "\u22AC", ["models"] = "\u22AD", ["vDash"] = "\u22AD",
        ["Vdash"] = "\u22AE", ["asymp"] = "\u226D", ["leftarrow"] = "\u219A", ["rightarrow"] = "\u219B", ["to"] = "\u219B",
        ["Leftarrow"] = "\u21CD", ["Rightarrow"] = "\u21CF", ["leftrightarrow"] = "\u21AE", ["Leftrightarrow"] = "\u21CE",
        ["sqsubseteq"] = "\u22E2", ["sqsupseteq"] = "\u22E3", ["triangleleft"] = "\u22EA", ["triangleright"] = "\u22EB",
        ["lhd"] = "\u22EA", ["rhd"] = "\u22EB", ["unlhd"] = "\u22EC", ["unrhd"] = "\u22ED", ["trianglelefteq"] = "\u22EC",
        ["trianglerighteq"] = "\u22ED", ["\u2208"] = "\u2209", ["\u2264"] = "\u2270", ["\u2265"] = "\u2271",
    };

    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("not", Not);
        registry.Add("dots", Dots);
        registry.Add("unicode", Unicode);
    }

    /// <summary>MathJax's <c>\unicode[font]{x221E}</c> or <c>{8734}</c>: one character by its code point (the font is ignored).</summary>
    private static MathNode Unicode(MathParser parser, Token command)
    {
        parser.ReadOptionalStringArgument();
        var text = parser.ReadStringArgument(command) ?? "";
        var digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..]
            : text.StartsWith('x') || text.StartsWith('X') ? text[1..]
            : null;
        var parsed = digits is null
            ? int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            : int.TryParse(digits, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out code);
        if (!parsed || !System.Text.Rune.IsValid(code) || code < 32)
        {
            return parser.Error(command, $"Invalid character code '{text}' for \\unicode (use a decimal number or x followed by hexadecimal digits)");
        }

        return parser.CharacterAtom(new Token(TokenKind.Character, char.ConvertFromUtf32(code), command.Offset));
    }

    private static MathNode? Not(MathParser parser, Token command)
    {
        var next = parser.Input.PeekExpandedNonSpace();
        if (next.Kind is TokenKind.ControlSequence or TokenKind.Character && Negations.TryGetValue(next.Text, out var negated))
        {
            parser.Input.Pop();
            return new SymbolAtom(AtomClass.Rel, negated) { Offset = command.Offset };
        }

        if (next.IsEnd || next.Kind == TokenKind.EndGroup || parser.IsTerminator(next, parser.CurrentTerminators))
        {
            // A bare \not: the slash alone, as a relation.
            return new SymbolAtom(AtomClass.Rel, "\u29F8") { Offset = command.Offset };
        }

        var body = parser.ParseNucleus();
        return body is null ? null : new NegationNode(body);
    }

    /// <summary>amsmath: \dots is \cdots before a binary operator or relation, \ldots otherwise.</summary>
    private static MathNode Dots(MathParser parser, Token command)
    {
        var next = parser.Input.PeekExpandedNonSpace();
        var centered = false;
        if (next.Kind == TokenKind.Character && next.Text.Length == 1)
        {
            centered = next.Text[0] is '+' or '-' or '=' or '<' or '>' or '*' or ':';
        }
        else if (next.Kind == TokenKind.ControlSequence && parser.Symbols.TryGetCommand(next.Text, out var symbol))
        {
            centered = symbol.Kind == SymbolKind.BigOperator || symbol.Class is AtomClass.Bin or AtomClass.Rel;
        }
        else if (next.Kind == TokenKind.Character && parser.Symbols.TryGetCharacter(next.Text, out var charSymbol))
        {
            centered = charSymbol.Class is AtomClass.Bin or AtomClass.Rel;
        }

        return new SymbolAtom(AtomClass.Inner, centered ? "\u22EF" : "\u2026");
    }
}
