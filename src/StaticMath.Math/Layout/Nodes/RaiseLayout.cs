using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>\raisebox{amount}{…}: the body shifted up (down when negative); the box's height and depth follow it.</summary>
internal static class RaiseLayout
{
    public static Atom Layout(RaiseNode node, LayoutContext context)
    {
        var body = MathListLayout.Layout(node.Body, context);
        return new Atom(new ShiftBox(body, node.AmountEm * context.Em), AtomClass.Ord);
    }
}
