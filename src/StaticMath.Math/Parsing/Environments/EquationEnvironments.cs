using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Environments;

/// <summary><c>equation</c>, <c>equation*</c> and <c>displaymath</c>: one row, no alignment.</summary>
internal static class EquationEnvironments
{
    public static void Register(EnvironmentRegistry.Builder registry)
    {
        registry.Add("equation", (p, b, n) => Equation(p, b, n, numbered: true));
        registry.Add("equation*", (p, b, n) => Equation(p, b, n, numbered: false));
        registry.Add("displaymath", (p, b, n) => Equation(p, b, n, numbered: false));
    }

    private static MathNode Equation(MathParser parser, Token begin, string name, bool numbered)
    {
        var items = new List<MathNode>();
        while (true)
        {
            var list = parser.ParseList(ListTerminators.Cell);
            items.AddRange(list.Items);
            var token = parser.Input.PeekExpandedNonSpace();
            if (token.IsControlSequence("end"))
            {
                parser.Input.Pop();
                var endName = parser.ReadStringArgument(token) ?? "";
                if (endName != name)
                {
                    parser.Diagnostics.Add(token.Offset, $"\\begin{{{name}}} ended by \\end{{{endName}}}", 6 + endName.Length);
                }

                break;
            }

            if (token.IsEnd)
            {
                if (!parser.Input.Aborted)
                {
                    parser.Diagnostics.Add(begin.Offset, $"Missing \\end{{{name}}} for \\begin{{{name}}} opened at offset {begin.Offset}", 6);
                }

                break;
            }

            // & or \\ directly in equation: not allowed (amsmath says "Misplaced").
            parser.Input.Pop();
            items.Add(parser.Error(token, $"Misplaced {token.ToSource()} in {name}: use aligned or split"));
        }

        return new EnvironmentNode(name, numbered, new MathList(items) { Offset = begin.Offset }) { Offset = begin.Offset };
    }
}
