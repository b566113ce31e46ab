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
        // Each label is laid out once: laying it out again for the stack doubled the work at every nested arrow.
        var labelContext = context.Superscript();
        var above = Label(node.Above, padding, labelContext);
        var below = Label(node.Below, padding, context.Subscript());
        var labelWidth = System.Math.Max(above.Width, below.Width);
        var natural = context.Font.GetMetrics(glyph).Advance * context.Scale;
        var target = System.Math.Max(natural, labelWidth + (padding.Left + padding.Right) * labelContext.Mu);
        var arrow = StretchyGlyphs.Horizontal(context, glyph, target);

        var stacked = BigOperatorLayout.StackLimits(new Atom(arrow, AtomClass.Rel), above.Padded, below.Padded, context);
        return stacked with { Class = AtomClass.Rel };
    }

    /// <summary>A label's own width (what the arrow stretches to) and its box with amsmath's kerns around it.</summary>
    private static (double Width, HBox? Padded) Label(MathList? label, ArrowPadding padding, LayoutContext context)
    {
        if (label is null || label.Items.Count == 0)
        {
            return (0, null);
        }

        var atoms = MathListLayout.LayoutAtoms(label.Items, context, out var end);
        var width = MathListLayout.Assemble(atoms).Width;
        var padded = new List<PositionedAtom>(atoms.Count + 2);
        if (padding.LabelBefore != 0)
        {
            padded.Add(Kern(padding.LabelBefore, context));
        }

        padded.AddRange(atoms);
        if (padding.LabelAfter != 0)
        {
            padded.Add(Kern(padding.LabelAfter, end));
        }

        return (width, MathListLayout.Assemble(padded));
    }

    private static PositionedAtom Kern(double mu, LayoutContext context) =>
        new(MathTypesetter.Layout(new SpaceNode(mu, SpaceUnit.Mu), context), context);
}
