using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// \xrightarrow[below]{above} and friends, after amsmath's <c>\ext@arrow</c>: the arrow is as wide as the wider label
/// plus padding (5mu + 9mu in script style for a right arrow, mirrored for a left one), never narrower than the arrow
/// itself, built from the MATH table's horizontal variants or assembly; the labels are limits of it (\mathop…\limits)
/// with a 3mu kern on the side the arrow points away from; the whole is a Rel.
/// </summary>
internal static class ExtensibleArrowLayout
{
    /// <summary>amsmath's four \ext@arrow numbers: label kern before/after, arrow padding left/right (mu).</summary>
    private readonly record struct ArrowPadding(double LabelBefore, double LabelAfter, double Left, double Right);

    private static readonly ArrowPadding PointsRight = new(0, 3, 5, 9);
    private static readonly ArrowPadding PointsLeft = new(3, 0, 9, 5);
    private static readonly ArrowPadding PointsBoth = new(3, 3, 9, 9);

    private static readonly HashSet<int> LeftArrows = [0x2190, 0x21D0, 0x21A9, 0x21BC, 0x21BD, 0x219E, 0x21A2, 0x21A4, 0x21CB, 0x21C7, 0x27F5, 0x27F8];
    private static readonly HashSet<int> DoubleArrows = [0x2194, 0x21D4, 0x21CC, 0x21C4, 0x21C6, 0x27F7, 0x27FA];

    public static Atom Layout(ExtensibleArrowNode node, LayoutContext context)
    {
        var codePoint = GlyphFactory.FirstCodePoint(node.ArrowText) ?? 0x2192;
        if (!GlyphFactory.TryGlyph(context, codePoint, out var glyph))
        {
            context.State.AddError(node.Offset, $"The math font has no glyph for U+{codePoint:X4}");
            return new Atom(ErrorLayout.MissingGlyphBox(context), AtomClass.Rel);
        }

        var padding = DoubleArrows.Contains(codePoint) ? PointsBoth : LeftArrows.Contains(codePoint) ? PointsLeft : PointsRight;
        var above = Padded(node.Above, padding);
        var below = Padded(node.Below, padding);
        var labelContext = context.Superscript();
        var labelWidth = System.Math.Max(Width(node.Above, labelContext), Width(node.Below, context.Subscript()));
        var natural = context.Font.GetMetrics(glyph).Advance * context.Scale;
        var target = System.Math.Max(natural, labelWidth + (padding.Left + padding.Right) * labelContext.Mu);
        var arrow = StretchyGlyphs.Horizontal(context, glyph, target);

        var stacked = BigOperatorLayout.LayoutLimits(new Atom(arrow, AtomClass.Rel), above, below, context);
        return stacked with { Class = AtomClass.Rel };
    }

    private static double Width(MathList? label, LayoutContext context) =>
        label is null || label.Items.Count == 0 ? 0 : MathListLayout.Layout(label, context).Width;

    private static MathList? Padded(MathList? label, ArrowPadding padding)
    {
        if (label is null || label.Items.Count == 0)
        {
            return null;
        }

        var items = new List<MathNode>(label.Items.Count + 2);
        if (padding.LabelBefore != 0)
        {
            items.Add(new SpaceNode(padding.LabelBefore, SpaceUnit.Mu));
        }

        items.AddRange(label.Items);
        if (padding.LabelAfter != 0)
        {
            items.Add(new SpaceNode(padding.LabelAfter, SpaceUnit.Mu));
        }

        return new MathList(items) { Offset = label.Offset };
    }
}
