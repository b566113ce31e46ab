using StaticMath.Math.Parsing.Environments;
using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>
/// Plain TeX's alignments with a braced body and <c>\cr</c> rows, which MathJax accepts and older posts use:
/// <c>\matrix \pmatrix \cases \eqalign \displaylines</c>. They share the environments' body parser and layout.
/// </summary>
internal static class PlainAlignmentCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("matrix", (p, t) => Aligned(p, t, body => Matrix(body, null, null)));
        registry.Add("pmatrix", (p, t) => Aligned(p, t, body => Matrix(body, "(", ")")));
        // \cases: math, then text (plain TeX sets the second column in roman, with $…$ for math inside it).
        registry.Add("cases", (p, t) => Aligned(p, t, body => MatrixEnvironments.Wrap(
            body.ToNode(body.UniformColumns(ColumnAlign.Left), ArrayKind.Cases, MathStyle.Text), "{", null, body.Offset), textFromColumn: 1));
        registry.Add("eqalign", (p, t) => Aligned(p, t, body => body.ToNode(body.AlternatingColumns(), ArrayKind.Align, MathStyle.Display)));
        registry.Add("displaylines", (p, t) => Aligned(p, t, body => body.ToNode([new ArrayColumn(ColumnAlign.Center)], ArrayKind.Gather, MathStyle.Display)));
    }

    private static MathNode Matrix(ArrayBody body, string? left, string? right) =>
        MatrixEnvironments.Wrap(body.ToNode(body.UniformColumns(ColumnAlign.Center), ArrayKind.Array, MathStyle.Text), left, right, body.Offset);

    private static MathNode Aligned(MathParser parser, Token command, Func<ArrayBody, MathNode> build, int textFromColumn = int.MaxValue)
    {
        var open = parser.Input.PeekExpandedNonSpace();
        if (open.Kind != TokenKind.BeginGroup)
        {
            return parser.Error(command, $"Missing argument for {command.ToSource()}: a braced body with rows ended by \\cr");
        }

        parser.Input.Pop();
        var body = ArrayBodyParser.Parse(parser, open, null, textFromColumn);
        return build(body with { Offset = command.Offset });
    }
}
