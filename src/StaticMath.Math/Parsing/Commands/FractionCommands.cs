using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>
/// <c>\frac \dfrac \tfrac \cfrac \genfrac \binom \dbinom \tbinom</c>, and TeX's infix generalized fractions
/// (<c>\over \atop \above</c>, their <c>…withdelims</c> forms, <c>\choose \brace \brack</c>) whose operands the
/// parser collects from the list around them.
/// </summary>
internal static class FractionCommands
{
    private static readonly HashSet<string> InfixNames = new(StringComparer.Ordinal)
    {
        "over", "atop", "above", "overwithdelims", "atopwithdelims", "abovewithdelims", "choose", "brace", "brack",
    };

    /// <summary>What an infix command says about its fraction: rule thickness (null = default) and delimiters.</summary>
    public readonly record struct InfixFraction(double? RuleThicknessEm, string? LeftDelimiter, string? RightDelimiter);

    public static bool IsInfix(Token token) => token.Kind == TokenKind.ControlSequence && InfixNames.Contains(token.Text);

    /// <summary>After an infix command: its own parameters (<c>\abovewithdelims ( ] 1pt</c>: delimiters, then the rule).</summary>
    public static InfixFraction ReadInfix(MathParser parser, Token command)
    {
        string? left = null;
        string? right = null;
        if (command.Text.EndsWith("withdelims", StringComparison.Ordinal))
        {
            DelimiterCommands.TryReadDelimiter(parser, command, out left);
            DelimiterCommands.TryReadDelimiter(parser, command, out right);
        }

        return command.Text switch
        {
            "over" or "overwithdelims" => new InfixFraction(null, left, right),
            "above" or "abovewithdelims" => new InfixFraction(parser.ReadInlineDimension(command)?.ToEm() ?? 0, left, right),
            "choose" => new InfixFraction(0, "(", ")"),
            "brace" => new InfixFraction(0, "{", "}"),
            "brack" => new InfixFraction(0, "[", "]"),
            _ => new InfixFraction(0, left, right),
        };
    }

    public static FractionNode Infix(InfixFraction fraction, MathList numerator, MathList denominator) =>
        new(numerator, denominator, fraction.RuleThicknessEm, null, fraction.LeftDelimiter, fraction.RightDelimiter);

    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("frac", (p, t) => Fraction(p, t, null));
        registry.Add("dfrac", (p, t) => Fraction(p, t, MathStyle.Display));
        registry.Add("tfrac", (p, t) => Fraction(p, t, MathStyle.Text));
        registry.Add("binom", (p, t) => Binomial(p, t, null));
        registry.Add("dbinom", (p, t) => Binomial(p, t, MathStyle.Display));
        registry.Add("tbinom", (p, t) => Binomial(p, t, MathStyle.Text));
        registry.Add("cfrac", ContinuedFraction);
        registry.Add("genfrac", GeneralFraction);
        foreach (var name in InfixNames)
        {
            // Reached only where no list surrounds the command (\sqrt\over); in a list the parser takes it as infix.
            registry.Add(name, (p, t) =>
            {
                ReadInfix(p, t);
                return p.Error(t, $"Misplaced {t.ToSource()}: it goes between a numerator and a denominator");
            });
        }
    }

    private static MathNode Fraction(MathParser parser, Token command, MathStyle? style)
    {
        var numerator = parser.ParseRequiredArgument(command);
        var denominator = parser.ParseRequiredArgument(command);
        return new FractionNode(numerator, denominator, null, style);
    }

    private static MathNode Binomial(MathParser parser, Token command, MathStyle? style)
    {
        var top = parser.ParseRequiredArgument(command);
        var bottom = parser.ParseRequiredArgument(command);
        return new FractionNode(top, bottom, 0, style, "(", ")");
    }

    private static MathNode ContinuedFraction(MathParser parser, Token command)
    {
        var position = parser.ReadOptionalStringArgument();
        var align = position switch
        {
            "l" => -1,
            "r" => 1,
            null or "c" or "" => 0,
            _ => Invalid(parser, command, position),
        };
        var numerator = parser.ParseRequiredArgument(command);
        var denominator = parser.ParseRequiredArgument(command);
        return new FractionNode(numerator, denominator, null, MathStyle.Display, null, null, align, Continued: true);
    }

    private static int Invalid(MathParser parser, Token command, string position)
    {
        parser.Diagnostics.Add(command.Offset, $"Invalid position '{position}' for \\cfrac (use l, c or r)", command.ToSource().Length);
        return 0;
    }

    /// <summary><c>\genfrac{left}{right}{thickness}{style}{num}{den}</c>: empty thickness = default rule, style 0–3.</summary>
    private static MathNode GeneralFraction(MathParser parser, Token command)
    {
        var left = DelimiterCommands.DelimiterFromText(parser.ReadStringArgument(command));
        var right = DelimiterCommands.DelimiterFromText(parser.ReadStringArgument(command));
        var thicknessText = parser.ReadStringArgument(command);
        double? thickness = null;
        if (!string.IsNullOrEmpty(thicknessText))
        {
            if (Dimension.TryParse(thicknessText, out var dimension))
            {
                thickness = dimension.ToEm();
            }
            else
            {
                parser.Diagnostics.Add(command.Offset, $"Invalid rule thickness '{thicknessText}' for \\genfrac", command.ToSource().Length);
            }
        }

        var styleText = parser.ReadStringArgument(command);
        MathStyle? style = styleText switch
        {
            "0" => MathStyle.Display,
            "1" => MathStyle.Text,
            "2" => MathStyle.Script,
            "3" => MathStyle.ScriptScript,
            _ => null,
        };
        var numerator = parser.ParseRequiredArgument(command);
        var denominator = parser.ParseRequiredArgument(command);
        return new FractionNode(numerator, denominator, thickness, style, left, right);
    }
}
