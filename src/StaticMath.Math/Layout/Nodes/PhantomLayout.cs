using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>\phantom, \hphantom, \vphantom: invisible, keeping the body's width and/or height and depth.</summary>
internal static class PhantomLayout
{
    public static Atom Layout(PhantomNode node, LayoutContext context)
    {
        var body = MathListLayout.Layout(node.Body, context);
        var box = new SizedBox(
            body,
            node.KeepWidth ? body.Width : 0,
            node.KeepHeight ? body.Height : 0,
            node.KeepHeight ? body.Depth : 0,
            visible: false);
        return new Atom(box, AtomClass.Ord);
    }
}
