using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary><c>\sqrt[n]{x}</c> and plain TeX's <c>\root n \of x</c>.</summary>
internal static class RadicalCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("sqrt", Sqrt);
        registry.Add("root", Root);
    }

    private static MathNode Sqrt(MathParser parser, Token command)
    {
        var degree = parser.ParseOptionalArgument();
        var radicand = parser.ParseRequiredArgument(command);
        return new RadicalNode(radicand, degree);
    }

    private static MathNode Root(MathParser parser, Token command)
    {
        var items = new List<MathNode>();
        while (true)
        {
            var token = parser.Input.PeekExpandedNonSpace();
            if (token.IsControlSequence("of"))
            {
                parser.Input.Pop();
                break;
            }

            if (token.IsEnd || token.Kind == TokenKind.EndGroup)
            {
                return parser.Error(command, "Missing \\of after \\root");
            }

            if (parser.ParseAtom() is { } node)
            {
                items.Add(node);
            }
        }

        var radicand = parser.ParseRequiredArgument(command);
        return new RadicalNode(radicand, new MathList(items) { Offset = command.Offset });
    }
}
