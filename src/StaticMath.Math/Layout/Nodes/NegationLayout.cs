using StaticMath.Math.Syntax;
using StaticMath.Math.Layout.Boxes;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>\not: a long solidus overlaid on the centre of the negated atom, which keeps its class and width.</summary>
internal static class NegationLayout
{
    private const int LongSolidusOverlay = 0x0338;
    private const int Solidus = '/';

    public static Atom Layout(NegationNode node, LayoutContext context)
    {
        var body = MathTypesetter.Layout(node.Body, context);
        var bodyBox = body.IsCharacter && body.ItalicCorrection != 0
            ? new HBox(body.Box, new KernBox(body.ItalicCorrection))
            : body.Box;
        if (!GlyphFactory.TryGlyph(context, LongSolidusOverlay, out var glyph) &&
            !GlyphFactory.TryGlyph(context, Solidus, out glyph))
        {
            return body;
        }

        var slash = GlyphFactory.Glyph(context, glyph);
        var x = bodyBox.Width / 2 - (slash.InkLeft + slash.InkRight) / 2;
        var y = (bodyBox.Height - bodyBox.Depth) / 2 - (slash.InkTop + slash.InkBottom) / 2;
        if (bodyBox.Height + bodyBox.Depth == 0)
        {
            y = context.AxisHeight - (slash.InkTop + slash.InkBottom) / 2;
        }

        var box = new VBox([new PlacedBox(bodyBox, 0, 0), new PlacedBox(slash, x, y)], width: bodyBox.Width);
        return new Atom(box, body.Class, body.RightClass);
    }
}
