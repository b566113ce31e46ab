using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>\smash, \smash[t], \smash[b]: the body drawn as is, with its height and/or depth counted as zero.</summary>
internal static class SmashLayout
{
    public static Atom Layout(SmashNode node, LayoutContext context)
    {
        var body = MathListLayout.Layout(node.Body, context);
        var box = new SizedBox(body, body.Width, node.SmashHeight ? 0 : body.Height, node.SmashDepth ? 0 : body.Depth);
        return new Atom(box, AtomClass.Ord);
    }
}
