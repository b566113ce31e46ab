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
            return ArrayLayout.Layout(rows, context, markRows: true, MultlineAlignment(environment, rows.Rows.Count));
        }

        var body = MathTypesetter.Layout(environment.Body, context);
        return new Atom(body.Box, AtomClass.Ord);
    }

    /// <summary>multline sets its first line flush left, its last flush right and the others centred.</summary>
    private static Func<int, ColumnAlign?>? MultlineAlignment(EnvironmentNode environment, int rowCount) =>
        environment.Name.StartsWith("multline", StringComparison.Ordinal) && rowCount > 1
            ? row => row == 0 ? ColumnAlign.Left : row == rowCount - 1 ? ColumnAlign.Right : ColumnAlign.Center
            : null;

    private static ArrayNode? RowsArray(EnvironmentNode environment) => environment.Body switch
    {
        ArrayNode array => array,
        MathList { Items: [ArrayNode array] } when !environment.Name.StartsWith("equation", StringComparison.Ordinal) => array,
        _ => null,
    };
}
