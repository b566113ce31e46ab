using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>A top-level numbered environment (equation, align…): its body; row numbering comes from row markers.</summary>
internal static class EnvironmentLayout
{
    public static Atom Layout(EnvironmentNode environment, LayoutContext context)
    {
        // align, gather, multline…: the array's rows are the equation's rows. An equation with an aligned inside is one row.
        if (RowsArray(environment) is { } rows)
        {
            return ArrayLayout.Layout(rows, context, markRows: true);
        }

        var body = MathTypesetter.Layout(environment.Body, context);
        return new Atom(body.Box, AtomClass.Ord);
    }

    private static ArrayNode? RowsArray(EnvironmentNode environment) => environment.Body switch
    {
        ArrayNode array => array,
        MathList { Items: [ArrayNode array] } when !environment.Name.StartsWith("equation", StringComparison.Ordinal) => array,
        _ => null,
    };
}
