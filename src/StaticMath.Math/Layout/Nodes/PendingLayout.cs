using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// Node types whose layout is not written yet render as a visible red error box naming the construct, and report an
/// error, so missing features show up in output and in counts instead of disappearing silently.
/// </summary>
internal static class PendingLayout
{
    public static Atom Layout(MathNode node, LayoutContext context)
    {
        var name = node.GetType().Name;
        context.State.AddError(node.Offset, $"Layout of {name} is not implemented yet");
        return new Atom(ErrorLayout.RedText("[" + name + "]", node.Offset, context), AtomClass.Ord);
    }
}
