using StaticMath.Math.Layout.Boxes;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// Where a box actually draws, vertically (y up from its reference point). Stretchy glyphs such as braces and arrows sit
/// above or around the baseline inside their own box, so placing them by ink rather than by box extent is what makes
/// gaps come out as specified.
/// </summary>
internal static class InkExtent
{
    public static (double Bottom, double Top) Of(Box box)
    {
        switch (box)
        {
            case GlyphBox glyph:
                return (glyph.InkBottom, glyph.InkTop);
            case RuleBox or LineBox:
                return (-box.Depth, box.Height);
        }

        double bottom = double.PositiveInfinity, top = double.NegativeInfinity;
        var children = box.Children;
        for (var i = 0; i < children.Length; i++)
        {
            var (b, t) = Of(children[i].Box);
            bottom = System.Math.Min(bottom, b + children[i].Y);
            top = System.Math.Max(top, t + children[i].Y);
        }

        return double.IsInfinity(bottom) ? (-box.Depth, box.Height) : (bottom, top);
    }
}
