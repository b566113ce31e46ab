using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// \overset, \underset, \stackrel: amsmath builds them as <c>\mathop{base}\limits^{over}_{under}</c> with the class of
/// the base (Rel for \stackrel{!}{=}), so they take the operator-limits placement (TeXbook rule 13a) and keep the class.
/// </summary>
internal static class StackLayout
{
    public static Atom Layout(StackNode node, LayoutContext context)
    {
        var baseBox = MathListLayout.Layout(node.Base, context);
        var stacked = BigOperatorLayout.LayoutLimits(new Atom(baseBox, node.Class), node.Over, node.Under, context);
        return stacked with { Class = node.Class };
    }
}
