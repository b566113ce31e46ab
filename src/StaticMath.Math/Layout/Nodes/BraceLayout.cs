using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// \overbrace, \underbrace (and other horizontally stretchy over/under symbols with a label). As in plain TeX the
/// brace is 3pt from the base and the whole is an Op with limits; the label sits on the brace by the MATH table's
/// stretch-stack constants (StretchStackTopShiftUp/GapAboveMin, StretchStackBottomShiftDown/GapBelowMin), in script
/// style, with \bigopspacing5 (0.1em) of air beyond it.
/// </summary>
internal static class BraceLayout
{
    private const double BaseGapPoints = 3;
    private const double OuterSpaceEm = 0.1;

    public static Atom Layout(BraceNode node, LayoutContext context)
    {
        var baseBox = MathListLayout.Layout(node.Base, context);
        var brace = StretchyBrace(node, baseBox.Width, context);
        var gap = BaseGapPoints * TexDimensions.Point(context);
        var (inkBottom, inkTop) = InkExtent.Of(brace);
        var c = context.Constants;

        // Centre the brace and the base on a common width; the brace may be wider than a narrow base.
        var width = System.Math.Max(baseBox.Width, brace.Width);
        var items = new List<PlacedBox> { new(baseBox, (width - baseBox.Width) / 2, 0) };
        double height = baseBox.Height, depth = baseBox.Depth;
        if (!node.Under)
        {
            var braceY = baseBox.Height + gap - inkBottom;
            items.Add(new PlacedBox(brace, (width - brace.Width) / 2, braceY));
            height = braceY + inkTop;
            if (node.Label is { } label)
            {
                var labelBox = MathListLayout.Layout(label, context.Superscript());
                var shift = System.Math.Max(context.Scaled(c.StretchStackTopShiftUp), context.Scaled(c.StretchStackGapAboveMin) + labelBox.Depth);
                var labelY = height + shift;
                width = System.Math.Max(width, labelBox.Width);
                items.Add(new PlacedBox(labelBox, 0, labelY));
                height = labelY + labelBox.Height + OuterSpaceEm * context.Em;
            }
        }
        else
        {
            var braceY = -baseBox.Depth - gap - inkTop;
            items.Add(new PlacedBox(brace, (width - brace.Width) / 2, braceY));
            depth = -(braceY + inkBottom);
            if (node.Label is { } label)
            {
                var labelBox = MathListLayout.Layout(label, context.Subscript());
                var shift = System.Math.Max(context.Scaled(c.StretchStackBottomShiftDown), context.Scaled(c.StretchStackGapBelowMin) + labelBox.Height);
                var labelY = -(depth + shift);
                width = System.Math.Max(width, labelBox.Width);
                items.Add(new PlacedBox(labelBox, 0, labelY));
                depth = -labelY + labelBox.Depth + OuterSpaceEm * context.Em;
            }
        }

        // Centre everything on the final width (the label may have widened it).
        var centred = items.ConvertAll(i => i with { X = (width - i.Box.Width) / 2 });
        return new Atom(new VBox(centred, width, height, depth), AtomClass.Op);
    }

    private static Box StretchyBrace(BraceNode node, double width, LayoutContext context)
    {
        var codePoint = GlyphFactory.FirstCodePoint(node.BraceText);
        if (codePoint is null || !GlyphFactory.TryGlyph(context, codePoint.Value, out var glyph))
        {
            context.State.AddError(node.Offset, $"The math font has no glyph for U+{codePoint ?? 0:X4}");
            return ErrorLayout.MissingGlyphBox(context);
        }

        return StretchyGlyphs.Horizontal(context, glyph, width);
    }
}
