using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Environments;

/// <summary><c>matrix pmatrix bmatrix Bmatrix vmatrix Vmatrix smallmatrix</c>, mathtools' starred forms with <c>[l|c|r]</c>
/// and the small delimited forms (<c>psmallmatrix</c>…).</summary>
internal static class MatrixEnvironments
{
    private static readonly (string Prefix, string? Left, string? Right)[] Delimiters =
    [
        ("", null, null), ("p", "(", ")"), ("b", "[", "]"), ("B", "{", "}"), ("v", "|", "|"), ("V", "\u2016", "\u2016"),
    ];

    public static void Register(EnvironmentRegistry.Builder registry)
    {
        foreach (var (prefix, left, right) in Delimiters)
        {
            registry.Add(prefix + "matrix", (p, b, n) => Matrix(p, b, n, left, right, small: false, starred: false));
            registry.Add(prefix + "matrix*", (p, b, n) => Matrix(p, b, n, left, right, small: false, starred: true));
            registry.Add(prefix + "smallmatrix", (p, b, n) => Matrix(p, b, n, left, right, small: true, starred: false));
        }
    }

    private static MathNode Matrix(MathParser parser, Token begin, string name, string? left, string? right, bool small, bool starred)
    {
        var align = ColumnAlign.Center;
        if (starred)
        {
            align = parser.ReadOptionalStringArgument() switch
            {
                "l" => ColumnAlign.Left,
                "r" => ColumnAlign.Right,
                _ => ColumnAlign.Center,
            };
        }

        var body = ArrayBodyParser.Parse(parser, begin, name);
        var array = body.ToNode(body.UniformColumns(align), small ? ArrayKind.Small : ArrayKind.Array, small ? MathStyle.Script : MathStyle.Text);
        return Wrap(array, left, right, begin.Offset);
    }

    /// <summary>Puts \left…\right-style delimiters around an array (nothing when both are null).</summary>
    public static MathNode Wrap(ArrayNode array, string? left, string? right, int offset) =>
        left is null && right is null
            ? array
            : new DelimitedNode(left, [new MathList([array]) { Offset = offset }], [], right) { Offset = offset };
}
