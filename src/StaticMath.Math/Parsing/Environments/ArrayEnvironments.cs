using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Environments;

/// <summary><c>array</c>, <c>darray</c> and <c>subarray</c> with a column specification.</summary>
internal static class ArrayEnvironments
{
    public static void Register(EnvironmentRegistry.Builder registry)
    {
        registry.Add("array", (p, b, n) => Array(p, b, n, ArrayKind.Array, MathStyle.Text));
        registry.Add("darray", (p, b, n) => Array(p, b, n, ArrayKind.Array, MathStyle.Display));
        registry.Add("subarray", (p, b, n) => Array(p, b, n, ArrayKind.Small, MathStyle.Script));
    }

    private static MathNode Array(MathParser parser, Token begin, string name, ArrayKind kind, MathStyle style)
    {
        // array's optional vertical position [t|c|b] does not change the math axis placement we use.
        parser.Input.ReadOptionalTokens();
        var specTokens = parser.Input.ReadArgumentTokens(begin) ?? [];
        var (columns, last) = ColumnSpecParser.Parse(specTokens, parser.Diagnostics);
        var body = ArrayBodyParser.Parse(parser, begin, name);
        // More cells than the specification has columns is an error in LaTeX, but MathJax sets them in columns that
        // repeat the last alignment (MathML's rule, applied by the layout), and posts written for it rely on that.
        if (columns.Count == 0)
        {
            columns = [.. body.UniformColumns(ColumnAlign.Center)];
        }

        return body.ToNode(columns, kind, style, last);
    }
}
