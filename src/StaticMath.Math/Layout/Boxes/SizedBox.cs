namespace StaticMath.Math.Layout.Boxes;

/// <summary>
/// Content with an extent different from its own: \smash, \mathllap/\mathrlap (content offset by <see cref="OffsetX"/>),
/// and \phantom (<see cref="Visible"/> false: takes the space, draws nothing).
/// </summary>
internal sealed class SizedBox(Box inner, double width, double height, double depth, double offsetX = 0, bool visible = true) : Box
{
    public Box Inner { get; } = inner;
    public double OffsetX { get; } = offsetX;
    public bool Visible { get; } = visible;

    public override double Width { get; } = width;
    public override double Height { get; } = height;
    public override double Depth { get; } = depth;

    private readonly PlacedBox child = new(inner, offsetX, 0);

    public override ReadOnlySpan<PlacedBox> Children => Visible ? new(in child) : [];
}
