using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// \boxed, \fbox, \colorbox, \fcolorbox: the body with \fboxsep (3pt) of padding, a \fboxrule (0.4pt) frame and/or a
/// filled background. \colorbox (background only) has no frame; the others draw one, in the frame colour when given.
/// \boxed sets its body in display style, like amsmath's <c>\fbox{$\displaystyle#1$}</c>.
/// </summary>
internal static class FramedBoxLayout
{
    public static Atom Layout(BoxNode node, LayoutContext context)
    {
        var bodyContext = node.TextMode ? context : context.WithStyle(MathStyle.Display, cramped: false);
        var body = MathListLayout.Layout(node.Body, bodyContext);
        var framed = node.FrameColor is not null || node.BackgroundColor is null;
        var rule = framed ? TexDimensions.RuleWidth(context) : 0;
        var pad = TexDimensions.FrameSeparation(context) + rule;

        var width = body.Width + 2 * pad;
        var height = body.Height + pad;
        var depth = body.Depth + pad;
        var items = new List<PlacedBox>();
        if (node.BackgroundColor is { } background)
        {
            items.Add(new PlacedBox(new ColorBox(new RuleBox(width, height, depth), background), 0, 0));
        }

        items.Add(new PlacedBox(body, pad, 0));
        if (framed)
        {
            Box frame = Frame(width, height, depth, rule);
            if (node.FrameColor is { } frameColor)
            {
                frame = new ColorBox(frame, frameColor);
            }

            items.Add(new PlacedBox(frame, 0, 0));
        }

        return new Atom(new VBox(items, width, height, depth), AtomClass.Ord);
    }

    /// <summary>Four rules along the inside of the box's edges.</summary>
    public static Box Frame(double width, double height, double depth, double rule) => new VBox(
    [
        new PlacedBox(new RuleBox(width, rule, 0), 0, height - rule),
        new PlacedBox(new RuleBox(width, 0, rule), 0, -depth + rule),
        new PlacedBox(new RuleBox(rule, height, depth), 0, 0),
        new PlacedBox(new RuleBox(rule, height, depth), width - rule, 0),
    ], width, height, depth);
}
