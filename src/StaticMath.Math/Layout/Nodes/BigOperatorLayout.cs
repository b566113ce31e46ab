using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// Large operators (rule 13): symbol operators take their DisplayOperatorMinHeight variant in display style and are
/// centred on the axis; named operators are upright text. Limits go above/below in display (or with \limits), else
/// scripts at the side with the italic correction moving the subscript left of the superscript.
/// </summary>
internal static class BigOperatorLayout
{
    public static Atom Layout(BigOperator op, MathList? superscript, MathList? subscript, LayoutContext context)
    {
        var nucleus = LayoutNucleus(op, context);
        var limits = op.Limits == LimitsMode.Limits || (op.Limits == LimitsMode.DisplayLimits && context.IsDisplay);
        if (superscript is null && subscript is null)
        {
            // In OpenType fonts the operator's advance already includes its slant.
            return nucleus with { ItalicCorrection = 0 };
        }

        return limits
            ? LayoutLimits(nucleus, superscript, subscript, context)
            : ScriptsLayout.Attach(nucleus, superscript, subscript, context, largeOperator: op.Symbol is not null);
    }

    /// <summary>The operator itself: an axis-centred glyph (with its italic correction) or the laid-out name.</summary>
    private static Atom LayoutNucleus(BigOperator op, LayoutContext context)
    {
        if (op.Symbol is null)
        {
            return new Atom(MathListLayout.Layout(op.Name ?? MathList.Empty, context), AtomClass.Op);
        }

        var codePoint = GlyphFactory.FirstCodePoint(op.Symbol) ?? ' ';
        if (!GlyphFactory.TryGlyph(context, codePoint, out var glyph))
        {
            context.State.AddError(op.Offset, $"The math font has no glyph for U+{codePoint:X4}");
            return new Atom(ErrorLayout.MissingGlyphBox(context), AtomClass.Op);
        }

        if (context.IsDisplay)
        {
            glyph = DisplayVariant(context, glyph);
        }

        var box = GlyphFactory.Glyph(context, glyph);
        var italic = context.Font.GetItalicCorrection(glyph) * context.Scale;
        var shift = context.AxisHeight - (box.Height - box.Depth) / 2;
        return new Atom(new ShiftBox(box, shift), AtomClass.Op, ItalicCorrection: italic);
    }

    /// <summary>The first vertical variant at least DisplayOperatorMinHeight tall (the largest when none is).</summary>
    private static ushort DisplayVariant(LayoutContext context, ushort glyph)
    {
        var minHeight = context.Constants.DisplayOperatorMinHeight;
        var chosen = glyph;
        foreach (var variant in context.Font.GetVariants(glyph, vertical: true))
        {
            chosen = variant.Glyph;
            var m = context.Font.GetMetrics(variant.Glyph);
            if (System.Math.Max(variant.AdvanceMeasurement, m.YMax - m.YMin) >= minHeight)
            {
                break;
            }
        }

        return chosen;
    }

    /// <summary>Limits centred above and below (rule 13a), shifted by half the italic correction, with \bigopspacing5 outside.</summary>
    public static Atom LayoutLimits(Atom nucleus, MathList? superscript, MathList? subscript, LayoutContext context) =>
        StackLimits(
            nucleus,
            superscript is null ? null : MathListLayout.Layout(superscript, context.Superscript()),
            subscript is null ? null : MathListLayout.Layout(subscript, context.Subscript()),
            context);

    /// <summary>As <see cref="LayoutLimits"/>, for limits already laid out (in script and subscript style).</summary>
    public static Atom StackLimits(Atom nucleus, Box? upper, Box? lower, LayoutContext context)
    {
        var c = context.Constants;
        var op = nucleus.Box;
        var italic = nucleus.ItalicCorrection;
        var width = System.Math.Max(op.Width, System.Math.Max(upper?.Width ?? 0, lower?.Width ?? 0));
        var outerSpace = 0.1 * context.Em; // TeX's \bigopspacing5: a little air beyond the limits.

        var items = new List<PlacedBox> { new(op, (width - op.Width) / 2, 0) };
        var height = op.Height;
        var depth = op.Depth;
        if (upper is not null)
        {
            var shift = op.Height + System.Math.Max(
                context.Scaled(c.UpperLimitGapMin) + upper.Depth,
                context.Scaled(c.UpperLimitBaselineRiseMin));
            items.Add(new PlacedBox(upper, (width - upper.Width + italic) / 2, shift));
            height = shift + upper.Height + outerSpace;
        }

        if (lower is not null)
        {
            var shift = op.Depth + System.Math.Max(
                context.Scaled(c.LowerLimitGapMin) + lower.Height,
                context.Scaled(c.LowerLimitBaselineDropMin));
            items.Add(new PlacedBox(lower, (width - lower.Width - italic) / 2, -shift));
            depth = shift + lower.Depth + outerSpace;
        }

        // Keep every piece right of the reference point, so the box really contains what it draws.
        var left = items.Min(i => i.X);
        if (left < 0)
        {
            items = items.ConvertAll(i => i with { X = i.X - left });
        }

        var right = items.Max(i => i.X + i.Box.Width);
        var box = new VBox(items, width: System.Math.Max(width, right), height: height, depth: depth);
        return new Atom(box, AtomClass.Op);
    }
}
