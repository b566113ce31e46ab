using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// Accents (rule 12): the accent's attachment point (TopAccentAttachment, else its ink centre) over the base's
/// (TopAccentAttachment of a single-glyph base, else its middle); bases taller than AccentBaseHeight lift the accent.
/// Stretchy accents (\widehat, \overrightarrow) take the first horizontal variant or assembly as wide as the base.
/// </summary>
internal static class AccentLayout
{
    public static Atom Layout(AccentNode node, LayoutContext context)
    {
        var c = context.Constants;
        var baseContext = node.Under ? context : context.Cramp();
        var baseAtom = node.Base.Items is [SymbolAtom single] ? SymbolLayout.Layout(single, baseContext) : null;
        Box baseBox = baseAtom is { IsCharacter: true }
            ? MathListLayout.Assemble([new PositionedAtom(baseAtom, baseContext)])
            : MathListLayout.Layout(node.Base, baseContext);

        var codePoint = GlyphFactory.FirstCodePoint(node.AccentText);
        if (codePoint is null || !GlyphFactory.TryGlyph(context, codePoint.Value, out var accentGlyph))
        {
            context.State.AddError(node.Offset, $"The math font has no glyph for the accent U+{codePoint ?? 0:X4}");
            return new Atom(baseBox, AtomClass.Ord);
        }

        var accent = node.Stretchy
            ? StretchyGlyphs.Horizontal(context, accentGlyph, baseBox.Width)
            : GlyphFactory.Glyph(context, accentGlyph);

        var baseAttachment = baseAtom is { IsCharacter: true, Box: GlyphBox g } && context.Font.GetTopAccentAttachment(g.Glyph) is { } a
            ? a * g.Scale
            : baseBox.Width / 2;
        var accentAttachment = AttachmentOf(accent, context);
        var x = baseAttachment - accentAttachment;

        var (inkBottom, inkTop) = InkRange(accent);
        double y;
        if (node.Under)
        {
            y = -baseBox.Depth - context.Scaled(c.UnderbarVerticalGap) - inkTop;
        }
        else if (inkBottom >= context.Scaled(c.AccentBaseHeight) / 2)
        {
            // Accent glyphs are drawn high, to sit over an x-height base; taller bases lift them by the difference.
            y = System.Math.Max(0, baseBox.Height - context.Scaled(c.AccentBaseHeight));
        }
        else
        {
            // Arrows and other symbols drawn on the baseline or axis: put their ink just above the base.
            y = baseBox.Height + context.Scaled(c.OverbarVerticalGap) - inkBottom;
        }

        var items = new List<PlacedBox> { new(baseBox, 0, 0), new(accent, x, y) };
        double? width = node.Stretchy ? null : baseBox.Width;
        if (node.Stretchy && x < 0)
        {
            items = [new(baseBox, -x, 0), new(accent, 0, y)];
        }

        var top = System.Math.Max(baseBox.Height, y + inkTop);
        var bottom = System.Math.Max(baseBox.Depth, -(y + inkBottom));
        return new Atom(new VBox(items, width: width, height: top, depth: bottom), AtomClass.Ord);
    }

    private static double AttachmentOf(Box accent, LayoutContext context)
    {
        if (accent is GlyphBox glyph)
        {
            return context.Font.GetTopAccentAttachment(glyph.Glyph) is { } a
                ? a * glyph.Scale
                : (glyph.InkLeft + glyph.InkRight) / 2;
        }

        return accent.Width / 2;
    }

    /// <summary>Bottom and top of the accent's ink relative to its own baseline (y up), through assemblies too.</summary>
    private static (double Bottom, double Top) InkRange(Box accent)
    {
        double bottom = double.PositiveInfinity, top = double.NegativeInfinity;
        void Walk(Box box, double y)
        {
            if (box is GlyphBox glyph)
            {
                bottom = System.Math.Min(bottom, y + glyph.InkBottom);
                top = System.Math.Max(top, y + glyph.InkTop);
                return;
            }

            foreach (var child in box.Children)
            {
                Walk(child.Box, y + child.Y);
            }
        }

        Walk(accent, 0);
        return double.IsInfinity(bottom) ? (-accent.Depth, accent.Height) : (bottom, top);
    }
}
