namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// LaTeX's fixed dimensions (given in points at 10pt type, so 1pt = 0.1 em) in font units at a context's size. They
/// follow size commands (\large) but, as in TeX, not the script style: \arraycolsep is as wide in a subscript.
/// </summary>
internal static class TexDimensions
{
    /// <summary>One TeX point (1/10 em of the normal size) in font units.</summary>
    public static double Point(LayoutContext context) => context.Font.UnitsPerEm * context.SizeScale / 10.0;

    /// <summary>One em of the surrounding text size (ignoring script scaling), in font units.</summary>
    public static double TextEm(LayoutContext context) => context.Font.UnitsPerEm * context.SizeScale;

    /// <summary>\fboxsep: 3pt between a frame and its content.</summary>
    public static double FrameSeparation(LayoutContext context) => 3 * Point(context);

    /// <summary>\fboxrule and \arrayrulewidth: 0.4pt.</summary>
    public static double RuleWidth(LayoutContext context) => 0.4 * Point(context);
}
