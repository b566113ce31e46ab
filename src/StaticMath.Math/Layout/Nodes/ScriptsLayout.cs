using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.OpenType;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// Sub- and superscripts (TeXbook App. G rule 18, with the OpenType MATH constants as in MathML Core): shifts, drops
/// for non-character bases, the gap between both scripts, italic correction before the superscript, MathKernInfo
/// cut-ins for glyph bases, and SpaceAfterScript.
/// </summary>
internal static class ScriptsLayout
{
    public static Atom Layout(ScriptsNode node, LayoutContext context)
    {
        switch (node.Nucleus)
        {
            case BigOperator op:
                return BigOperatorLayout.Layout(op, node.Superscript, node.Subscript, context);
            case ClassedGroup { Class: AtomClass.Op } group when context.IsDisplay:
                // \mathop{…} defaults to \displaylimits, like TeX.
                var body = new Atom(MathListLayout.Layout(group.Body, context), AtomClass.Op);
                return BigOperatorLayout.LayoutLimits(body, node.Superscript, node.Subscript, context);
        }

        var nucleus = MathTypesetter.Layout(node.Nucleus, context);
        if (node.Nucleus is AccentNode { Under: false, Base.Items: [SymbolAtom] })
        {
            // TeX attaches the scripts of an accented character to the character itself (\hat x_0, \bar\alpha_i):
            // fixed shifts, not drops from the accent's top.
            nucleus = nucleus with { IsCharacter = true };
        }

        return Attach(nucleus, node.Superscript, node.Subscript, context);
    }

    /// <summary>Attaches scripts at the side of an already laid-out nucleus.</summary>
    /// <summary>
    /// TeX's sub1 (a subscript without superscript) in Computer/Latin Modern: 0.15 em. OpenType MATH keeps a single
    /// SubscriptShiftDown, which Latin Modern Math sets to TeX's sub2 (0.247 em, the shift used with a superscript);
    /// TeX, MathJax and KaTeX set a lone subscript at sub1, so we cap the font's value by it.
    /// </summary>
    private const double LoneSubscriptShiftEm = 0.15;

    /// <param name="largeOperator">OpenType convention for big operators: the advance already covers the slant, so the
    /// superscript sits at the advance and the subscript moves left by the italic correction. For other glyphs the
    /// superscript moves right by it (TeX's rule 17).</param>
    public static Atom Attach(Atom nucleus, MathList? superscript, MathList? subscript, LayoutContext context, bool largeOperator = false)
    {
        if (superscript is null && subscript is null)
        {
            return nucleus;
        }

        var c = context.Constants;
        var baseBox = nucleus.Box;
        var italic = nucleus.ItalicCorrection;
        var sup = superscript is null ? null : MathListLayout.Layout(superscript, context.Superscript());
        var sub = subscript is null ? null : MathListLayout.Layout(subscript, context.Subscript());

        // Rule 18a: a character nucleus uses fixed shifts; a compound one hangs its scripts from its own top and
        // bottom. The OpenType drops are given at the base's size (Latin Modern Math's 250 is TeX's script-size
        // sup_drop already converted), so they are not scaled down again.
        double supShift = 0, subShift = 0;
        if (!nucleus.IsCharacter)
        {
            supShift = baseBox.Height - context.Scaled(c.SuperscriptBaselineDropMax);
            subShift = baseBox.Depth + context.Scaled(c.SubscriptBaselineDropMin);
        }

        if (sup is not null)
        {
            var minShift = context.Scaled(context.Cramped ? c.SuperscriptShiftUpCramped : c.SuperscriptShiftUp);
            supShift = Max(supShift, minShift, sup.Depth + context.Scaled(c.SuperscriptBottomMin));
        }

        if (sub is not null && sup is null)
        {
            var loneShift = System.Math.Min(context.Scaled(c.SubscriptShiftDown), LoneSubscriptShiftEm * context.Em);
            subShift = Max(subShift, loneShift, sub.Height - context.Scaled(c.SubscriptTopMax));
        }
        else if (sub is not null && sup is not null)
        {
            subShift = System.Math.Max(subShift, context.Scaled(c.SubscriptShiftDown));
            var gap = (supShift - sup.Depth) - (sub.Height - subShift);
            var minGap = context.Scaled(c.SubSuperscriptGapMin);
            if (gap < minGap)
            {
                subShift += minGap - gap;
                // Rule 18e: lift the superscript (and the subscript with it) while its bottom is low.
                var lift = context.Scaled(c.SuperscriptBottomMaxWithSubscript) - (supShift - sup.Depth);
                if (lift > 0)
                {
                    supShift += lift;
                    subShift -= lift;
                }
            }
        }

        var width = baseBox.Width;
        var items = new List<PlacedBox> { new(baseBox, 0, 0) };
        var right = width;
        if (sup is not null)
        {
            var x = width + (largeOperator ? 0 : italic) + CornerKern(nucleus, context, MathKernCorner.TopRight, supShift - sup.Depth);
            items.Add(new PlacedBox(sup, x, supShift));
            right = System.Math.Max(right, x + sup.Width);
        }

        if (sub is not null)
        {
            var x = width - (largeOperator ? italic : 0) + CornerKern(nucleus, context, MathKernCorner.BottomRight, sub.Height - subShift);
            items.Add(new PlacedBox(sub, x, -subShift));
            right = System.Math.Max(right, x + sub.Width);
        }

        var box = new VBox(items, width: right + context.Scaled(c.SpaceAfterScript));
        return new Atom(box, nucleus.Class, nucleus.RightClass);
    }

    /// <summary>MathKernInfo cut-in of a glyph nucleus at the corner, at a height measured from its baseline.</summary>
    private static double CornerKern(Atom nucleus, LayoutContext context, MathKernCorner corner, double height)
    {
        if (!nucleus.IsCharacter || nucleus.Box is not GlyphBox glyph)
        {
            return 0;
        }

        return context.Font.GetKern(glyph.Glyph, corner, (int)System.Math.Round(height / glyph.Scale)) * glyph.Scale;
    }

    private static double Max(double a, double b, double c) => System.Math.Max(a, System.Math.Max(b, c));
}
