using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary><c>{…}</c>, <c>\mathbin{…}</c>, <c>\mathop{…}</c>…: the body as one box, treated as an atom of the given class.</summary>
internal static class GroupLayout
{
    public static Atom Layout(ClassedGroup group, LayoutContext context) =>
        new(MathListLayout.Layout(group.Body, context), group.Class);
}
