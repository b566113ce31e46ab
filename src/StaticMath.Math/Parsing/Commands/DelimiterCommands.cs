using StaticMath.Math.Parsing.Symbols;
using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary><c>\left … \middle … \right</c> and the fixed sizes <c>\big … \Bigg</c> with their l/r/m forms.</summary>
internal static class DelimiterCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("left", Left);
        registry.Add("right", (p, t) => Misplaced(p, t, "Extra \\right: no \\left to match"));
        registry.Add("middle", (p, t) => Misplaced(p, t, "\\middle must be between \\left and \\right"));
        var sizes = new[] { ("big", 1), ("Big", 2), ("bigg", 3), ("Bigg", 4) };
        foreach (var (name, size) in sizes)
        {
            registry.Add(name, (p, t) => Sized(p, t, size, AtomClass.Ord));
            registry.Add(name + "l", (p, t) => Sized(p, t, size, AtomClass.Open));
            registry.Add(name + "r", (p, t) => Sized(p, t, size, AtomClass.Close));
            registry.Add(name + "m", (p, t) => Sized(p, t, size, AtomClass.Rel));
        }
    }

    /// <summary>Delimiter text for \genfrac-style string arguments ("" or "." → none).</summary>
    public static string? DelimiterFromText(string? text)
    {
        if (string.IsNullOrEmpty(text) || text == ".")
        {
            return null;
        }

        if (text[0] == '\\' && SymbolTable.Default.TryGetCommand(text[1..], out var symbol))
        {
            return symbol.Text;
        }

        return text switch
        {
            "<" => "\u27E8",
            ">" => "\u27E9",
            _ => text,
        };
    }

    /// <summary>
    /// Reads one delimiter after \left, \big…; "." gives null. A delimiter in braces (<c>\bigg{[}</c>, <c>\Big{\|}</c>)
    /// counts too, as in MathJax. Reports and returns false if it is not one.
    /// </summary>
    public static bool TryReadDelimiter(MathParser parser, Token command, out string? delimiter)
    {
        var token = parser.Input.PeekExpandedNonSpace();
        if (token.Kind == TokenKind.BeginGroup)
        {
            parser.Input.Pop();
            var inner = parser.Input.PeekExpandedNonSpace();
            if (TryReadDelimiterToken(parser, out delimiter))
            {
                if (parser.Input.PeekExpandedNonSpace().Kind == TokenKind.EndGroup)
                {
                    parser.Input.Pop();
                    return true;
                }

                parser.Input.Push(inner);
            }

            // Not a lone delimiter in braces: leave the group to be parsed as math after the error.
            parser.Input.Push(token);
        }
        else if (TryReadDelimiterToken(parser, out delimiter))
        {
            return true;
        }

        delimiter = null;
        parser.Diagnostics.Add(token.IsEnd ? command.Offset : token.Offset, $"Missing or unrecognized delimiter for {command.ToSource()}", System.Math.Max(1, token.ToSource().Length));
        return false;
    }

    /// <summary>One delimiter token, consumed only when it is one.</summary>
    private static bool TryReadDelimiterToken(MathParser parser, out string? delimiter)
    {
        delimiter = null;
        var token = parser.Input.PeekExpandedNonSpace();
        if (token.Kind == TokenKind.Character)
        {
            var mapped = token.Text switch
            {
                "." => "",
                "<" => "\u27E8",
                ">" => "\u27E9",
                "(" or ")" or "[" or "]" or "|" or "/" => token.Text,
                _ => null,
            };
            if (mapped is null && parser.Symbols.TryGetCharacter(token.Text, out var charSymbol) && (charSymbol.Has(SymbolFlags.Delimiter) || charSymbol.Class is AtomClass.Open or AtomClass.Close))
            {
                mapped = token.Text;
            }

            if (mapped is not null)
            {
                parser.Input.Pop();
                delimiter = mapped.Length == 0 ? null : mapped;
                return true;
            }
        }
        else if (token.Kind == TokenKind.ControlSequence && parser.Symbols.TryGetCommand(token.Text, out var symbol) &&
                 symbol.Kind == SymbolKind.Atom && (symbol.Has(SymbolFlags.Delimiter) || symbol.Class is AtomClass.Open or AtomClass.Close))
        {
            parser.Input.Pop();
            delimiter = symbol.Text;
            return true;
        }

        return false;
    }

    private static MathNode? Misplaced(MathParser parser, Token command, string message)
    {
        // Consume the delimiter so one mistake gives one error.
        TryReadDelimiter(parser, command, out _);
        return parser.Error(command, message);
    }

    private static MathNode Left(MathParser parser, Token command)
    {
        TryReadDelimiter(parser, command, out var left);
        var segments = new List<MathList>();
        var middles = new List<string?>();
        string? right = null;
        while (true)
        {
            segments.Add(parser.ParseList(ListTerminators.LeftRight));
            var token = parser.Input.PeekExpandedNonSpace();
            if (token.IsControlSequence("middle"))
            {
                parser.Input.Pop();
                TryReadDelimiter(parser, token, out var middle);
                middles.Add(middle);
                continue;
            }

            if (token.IsControlSequence("right"))
            {
                parser.Input.Pop();
                TryReadDelimiter(parser, token, out right);
            }
            else if (!parser.Input.Aborted)
            {
                parser.Diagnostics.Add(command.Offset, $"Missing \\right for \\left opened at offset {command.Offset}", command.ToSource().Length);
            }

            break;
        }

        return new DelimitedNode(left, segments, middles, right);
    }

    private static MathNode Sized(MathParser parser, Token command, int size, AtomClass atomClass)
    {
        TryReadDelimiter(parser, command, out var delimiter);
        return new SizedDelimiterNode(delimiter, size, atomClass);
    }
}
