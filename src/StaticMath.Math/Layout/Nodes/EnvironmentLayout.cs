using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>A top-level numbered environment (equation, align…): its body; row numbering comes from row markers.</summary>
internal static class EnvironmentLayout
{
    public static Atom Layout(EnvironmentNode environment, LayoutContext context)
    {
        var body = MathTypesetter.Layout(environment.Body, context);
        return new Atom(body.Box, AtomClass.Ord);
    }
}
