using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// \rule[raise]{width}{height}: a filled rectangle from <c>raise</c> to <c>raise + height</c> above the baseline. A rule of
/// zero width is an invisible strut that still props the line open (\mathstrut, \strut).
/// </summary>
internal static class RuleLayout
{
    public static Atom Layout(RuleNode node, LayoutContext context)
    {
        var em = context.Em;
        var width = System.Math.Max(0, node.WidthEm * em);
        var height = System.Math.Max(0, node.HeightEm * em);
        var rule = new RuleBox(width, height, 0, visible: width > 0 && height > 0);
        Box box = node.RaiseEm == 0 ? rule : new ShiftBox(rule, node.RaiseEm * em);
        return new Atom(box, AtomClass.Ord);
    }
}
