using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>\overline (rule 9: cramped base, Overbar* gap/thickness/extra ascender) and \underline (rule 10, Underbar*).</summary>
internal static class LineLayout
{
    public static Atom Layout(LineNode node, LayoutContext context)
    {
        var c = context.Constants;
        if (!node.Under)
        {
            var body = MathListLayout.Layout(node.Base, context.Cramp());
            var thickness = context.Scaled(c.OverbarRuleThickness);
            var ruleBottom = body.Height + context.Scaled(c.OverbarVerticalGap);
            var box = new VBox(
            [
                new PlacedBox(body, 0, 0),
                new PlacedBox(new RuleBox(body.Width, thickness, 0), 0, ruleBottom),
            ], height: ruleBottom + thickness + context.Scaled(c.OverbarExtraAscender));
            return new Atom(box, AtomClass.Ord);
        }

        var baseBox = MathListLayout.Layout(node.Base, context);
        var underThickness = context.Scaled(c.UnderbarRuleThickness);
        var ruleTop = -(baseBox.Depth + context.Scaled(c.UnderbarVerticalGap));
        var underBox = new VBox(
        [
            new PlacedBox(baseBox, 0, 0),
            new PlacedBox(new RuleBox(baseBox.Width, 0, underThickness), 0, ruleTop),
        ], depth: -ruleTop + underThickness + context.Scaled(c.UnderbarExtraDescender));
        return new Atom(underBox, AtomClass.Ord);
    }
}
