namespace StaticMath.Math.Layout.Boxes;

/// <summary>A box raised by <see cref="Shift"/> (negative lowers it), as TeX's shift_amount in a horizontal list.</summary>
internal sealed class ShiftBox(Box inner, double shift) : Box
{
    public Box Inner { get; } = inner;
    public double Shift { get; } = shift;

    public override double Width => Inner.Width;
    public override double Height => Inner.Height + Shift;
    public override double Depth => Inner.Depth - Shift;

    private readonly PlacedBox child = new(inner, 0, shift);

    public override ReadOnlySpan<PlacedBox> Children => new(in child);
}
