using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>\mathllap, \mathclap, \mathrlap (and \llap, \rlap): zero width, the body sticking out left, both sides or right.</summary>
internal static class LapLayout
{
    public static Atom Layout(LapNode node, LayoutContext context)
    {
        var body = MathListLayout.Layout(node.Body, context);
        var offset = node.Alignment switch
        {
            < 0 => -body.Width,
            0 => -body.Width / 2,
            _ => 0,
        };
        return new Atom(new SizedBox(body, 0, body.Height, body.Depth, offset), AtomClass.Ord);
    }
}
