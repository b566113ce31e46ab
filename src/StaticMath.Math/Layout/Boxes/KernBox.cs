namespace StaticMath.Math.Layout.Boxes;

/// <summary>Horizontal space (TeX's kern and glue; math glue never stretches in our single-line equations).</summary>
internal sealed class KernBox(double width) : Box
{
    public override double Width { get; } = width;
    public override double Height => 0;
    public override double Depth => 0;
}
