using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// \left…\middle…\right (rule 19: cover max(2δ·\delimiterfactor/1000, 2δ − \delimitershortfall) around the axis) and
/// \big…\Bigg (fixed total sizes). Delimiters are centred on the axis; "." is the null delimiter.
/// </summary>
internal static class DelimiterLayout
{
    private const int DelimiterFactor = 901;
    private const double DelimiterShortfallEm = 0.5; // 5pt at 10pt
    private const double NullDelimiterSpaceEm = 0.12;

    /// <summary>Total sizes of \big, \Big, \bigg, \Bigg in em (as MathJax and amsmath at 10pt).</summary>
    private static readonly double[] BigSizesEm = [1.2, 1.8, 2.4, 3.0];

    public static Atom LayoutLeftRight(DelimitedNode node, LayoutContext context)
    {
        var segments = node.Segments.Select(s => MathListLayout.LayoutAtoms(s.Items, context)).ToList();
        double height = 0, depth = 0;
        foreach (var segment in segments)
        {
            var measured = MathListLayout.Assemble(segment);
            height = System.Math.Max(height, measured.Height);
            depth = System.Math.Max(depth, measured.Depth);
        }

        var axis = context.AxisHeight;
        var delta = System.Math.Max(height - axis, depth + axis);
        var shortfall = DelimiterShortfallEm * context.Font.UnitsPerEm * context.SizeScale;
        var size = System.Math.Max(2 * delta * DelimiterFactor / 1000.0, 2 * delta - shortfall);

        var atoms = new List<PositionedAtom>
        {
            new(new Atom(DelimiterBox(node.Left, size, node.Offset, context), AtomClass.Open), context),
        };
        for (var i = 0; i < segments.Count; i++)
        {
            atoms.AddRange(segments[i]);
            if (i < node.Middles.Count)
            {
                // e-TeX's \middle ends the subformula on its left and opens the one on its right.
                var middle = DelimiterBox(node.Middles[i], size, node.Offset, context);
                atoms.Add(new PositionedAtom(new Atom(middle, AtomClass.Close, RightClass: AtomClass.Open), context));
            }
        }

        atoms.Add(new PositionedAtom(new Atom(DelimiterBox(node.Right, size, node.Offset, context), AtomClass.Close), context));
        return new Atom(MathListLayout.Assemble(atoms), AtomClass.Inner);
    }

    public static Atom LayoutSized(SizedDelimiterNode node, LayoutContext context)
    {
        // Allow a hair of rounding so a variant designed at exactly the requested size is taken.
        var size = (BigSizesEm[System.Math.Clamp(node.Size, 1, 4) - 1] - 0.01) * context.Em;
        return new Atom(DelimiterBox(node.Delimiter, size, node.Offset, context), node.Class);
    }

    /// <summary>A delimiter at least <paramref name="size"/> tall (when the font allows), centred on the axis; null → null delimiter space.</summary>
    public static Box DelimiterBox(string? delimiter, double size, int offset, LayoutContext context)
    {
        var codePoint = GlyphFactory.FirstCodePoint(delimiter);
        if (codePoint is null || delimiter == ".")
        {
            return new KernBox(NullDelimiterSpaceEm * context.Em);
        }

        Box box;
        if (GlyphFactory.TryGlyph(context, codePoint.Value, out var glyph))
        {
            box = StretchyGlyphs.Vertical(context, glyph, size);
        }
        else if (Moustaches.TryAssembly(codePoint.Value, context.Font, out var assembly))
        {
            box = StretchyGlyphs.VerticalAssembly(context, assembly, size);
        }
        else
        {
            context.State.AddError(offset, $"The math font has no glyph for U+{codePoint.Value:X4}");
            return ErrorLayout.MissingGlyphBox(context);
        }

        return new ShiftBox(box, context.AxisHeight - (box.Height - box.Depth) / 2);
    }
}
