using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary><c>\frac \dfrac \tfrac \cfrac \genfrac \binom \dbinom \tbinom</c> (the infix \over family is in the parser).</summary>
internal static class FractionCommands
{
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
