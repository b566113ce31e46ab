namespace StaticMath.Math.Layout.Boxes;

/// <summary>
/// Boxes at explicit positions (TeX's vbox after packing): fractions, limits, radicals, accents, glyph assemblies.
/// The extent is the union of the children unless given explicitly (e.g. extra ascender space above a rule).
/// </summary>
internal sealed class VBox : Box
{
    private readonly PlacedBox[] items;

    public VBox(IReadOnlyList<PlacedBox> items, double? width = null, double? height = null, double? depth = null)
    {
        this.items = [.. items];
        double w = 0, h = double.NegativeInfinity, d = double.NegativeInfinity;
        foreach (var item in items)
        {
            w = System.Math.Max(w, item.X + item.Box.Width);
            h = System.Math.Max(h, item.Y + item.Box.Height);
            d = System.Math.Max(d, item.Box.Depth - item.Y);
        }

        Width = width ?? w;
        Height = height ?? (items.Count == 0 ? 0 : h);
        Depth = depth ?? (items.Count == 0 ? 0 : d);
    }

    public override double Width { get; }
    public override double Height { get; }
    public override double Depth { get; }

    public override ReadOnlySpan<PlacedBox> Children => items;
}
