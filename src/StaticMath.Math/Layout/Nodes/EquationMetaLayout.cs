using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary><c>\tag</c>, <c>\label</c>, <c>\notag</c>: draw nothing; the numbering data reaches the result through the row list.</summary>
internal static class EquationMetaLayout
{
    public static Atom Layout(EquationMetaNode meta, LayoutContext context)
    {
        context.State.AddEquationMeta(meta);
        return Atom.Spacing(HBox.Empty);
    }
}
