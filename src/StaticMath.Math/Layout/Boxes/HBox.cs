namespace StaticMath.Math.Layout.Boxes;

/// <summary>Boxes side by side on one baseline (TeX's hbox). Height and depth are never negative, as in TeX's hpack.</summary>
internal sealed class HBox : Box
{
    public static readonly HBox Empty = new([]);

    private readonly PlacedBox[] placed;

    public HBox(IReadOnlyList<Box> items)
    {
        Items = items;
        placed = new PlacedBox[items.Count];
        double x = 0, height = 0, depth = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            placed[i] = new PlacedBox(item, x, 0);
            x += item.Width;
            height = System.Math.Max(height, item.Height);
            depth = System.Math.Max(depth, item.Depth);
        }

        Width = x;
        Height = height;
        Depth = depth;
    }

    public HBox(params Box[] items) : this((IReadOnlyList<Box>)items)
    {
    }

    public IReadOnlyList<Box> Items { get; }

    public override double Width { get; }
    public override double Height { get; }
    public override double Depth { get; }

    public override ReadOnlySpan<PlacedBox> Children => placed;
}
