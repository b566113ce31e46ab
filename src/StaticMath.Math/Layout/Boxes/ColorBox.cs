namespace StaticMath.Math.Layout.Boxes;

/// <summary>Draws its content in a CSS colour (\color, error text). Same extent as the content.</summary>
internal sealed class ColorBox(Box inner, string color) : Box
{
    public Box Inner { get; } = inner;
    public string Color { get; } = color;

    public override double Width => Inner.Width;
    public override double Height => Inner.Height;
    public override double Depth => Inner.Depth;

    private readonly PlacedBox child = new(inner, 0, 0);

    public override ReadOnlySpan<PlacedBox> Children => new(in child);
}
