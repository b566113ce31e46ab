using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>Explicit space (\, \quad \hspace \mkern…): mu scale with the style, em with the current size.</summary>
internal static class SpacingLayout
{
    public static Atom Layout(SpaceNode space, LayoutContext context)
    {
        var width = space.Unit == SpaceUnit.Mu ? space.Amount * context.Mu : space.Amount * context.Em;
        return Atom.Spacing(new KernBox(width));
    }
}
