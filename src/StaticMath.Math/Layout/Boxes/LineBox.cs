namespace StaticMath.Math.Layout.Boxes;

/// <summary>
/// A stroked straight line from (X1,Y1) to (X2,Y2) relative to the reference point (y up): \cancel strokes, frames,
/// dashed array rules. The extent is given by the caller, since a stroke often overhangs its nominal box.
/// </summary>
internal sealed class LineBox(double x1, double y1, double x2, double y2, double thickness, double width, double height, double depth, bool dashed = false) : Box
{
    public double X1 { get; } = x1;
    public double Y1 { get; } = y1;
    public double X2 { get; } = x2;
    public double Y2 { get; } = y2;
    public double Thickness { get; } = thickness;
    public bool Dashed { get; } = dashed;

    public override double Width { get; } = width;
    public override double Height { get; } = height;
    public override double Depth { get; } = depth;
}
