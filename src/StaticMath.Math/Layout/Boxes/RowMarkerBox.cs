using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Boxes;

/// <summary>
/// An invisible zero-width mark spanning one equation row (height/depth of the row), so the row's vertical centre in
/// the final SVG can be found after the whole equation is laid out. Array layouts put one in each row.
/// </summary>
internal sealed class RowMarkerBox(ArrayRowInfo info, double height, double depth) : Box
{
    public ArrayRowInfo Info { get; } = info;

    public override double Width => 0;
    public override double Height { get; } = height;
    public override double Depth { get; } = depth;
}
