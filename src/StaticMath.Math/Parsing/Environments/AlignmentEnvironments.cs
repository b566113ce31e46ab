using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Environments;

/// <summary>
/// amsmath alignments. Inner forms (<c>aligned alignedat gathered split</c>) give an <see cref="ArrayNode"/>; the
/// display forms (<c>align gather multline flalign alignat eqnarray</c>, starred or not) wrap it in an
/// <see cref="EnvironmentNode"/> that says whether rows are numbered.
/// </summary>
internal static class AlignmentEnvironments
{
    public static void Register(EnvironmentRegistry.Builder registry)
    {
        registry.Add("aligned", (p, b, n) => Align(p, b, n, hasColumnCount: false));
        registry.Add("alignedat", (p, b, n) => Align(p, b, n, hasColumnCount: true));
        registry.Add("split", (p, b, n) => Align(p, b, n, hasColumnCount: false));
        registry.Add("gathered", Gather);
        foreach (var name in (string[])["align", "flalign"])
        {
            AddNumbered(registry, name, (p, b, n) => Align(p, b, n, hasColumnCount: false));
        }

        AddNumbered(registry, "alignat", (p, b, n) => Align(p, b, n, hasColumnCount: true));
        AddNumbered(registry, "gather", Gather);
        AddNumbered(registry, "multline", Gather);
        AddNumbered(registry, "eqnarray", EqnArray);
    }

    private static void AddNumbered(EnvironmentRegistry.Builder registry, string name, EnvironmentHandler body)
    {
        registry.Add(name, (p, b, n) => new EnvironmentNode(n, Numbered: true, body(p, b, n)) { Offset = b.Offset });
        registry.Add(name + "*", (p, b, n) => new EnvironmentNode(n, Numbered: false, body(p, b, n)) { Offset = b.Offset });
    }

    private static MathNode Align(MathParser parser, Token begin, string name, bool hasColumnCount)
    {
        if (hasColumnCount)
        {
            // alignedat{n}: the pair count only checks the input; columns follow from the rows.
            parser.Input.ReadArgumentTokens(begin);
        }
        else if (name == "aligned")
        {
            parser.Input.ReadOptionalTokens();
        }

        var body = ArrayBodyParser.Parse(parser, begin, name);
        var columns = body.AlternatingColumns();
        if (hasColumnCount)
        {
            // alignat/alignedat put no space between column pairs (amsmath's \alignsep@ is zero there).
            columns = [.. columns.Select(c => c with { SpaceBeforeEm = 0 })];
        }

        return body.ToNode(columns, ArrayKind.Align, MathStyle.Display);
    }

    private static MathNode Gather(MathParser parser, Token begin, string name)
    {
        var body = ArrayBodyParser.Parse(parser, begin, name);
        return body.ToNode([new ArrayColumn(ColumnAlign.Center)], ArrayKind.Gather, MathStyle.Display);
    }

    /// <summary>LaTeX's eqnarray: three columns r c l with \arraycolsep between them.</summary>
    private static MathNode EqnArray(MathParser parser, Token begin, string name)
    {
        var body = ArrayBodyParser.Parse(parser, begin, name);
        return body.ToNode([new ArrayColumn(ColumnAlign.Right), new ArrayColumn(ColumnAlign.Center), new ArrayColumn(ColumnAlign.Left)], ArrayKind.Array, MathStyle.Display);
    }
}
