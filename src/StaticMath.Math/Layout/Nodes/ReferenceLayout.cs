using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary><c>\ref</c>/<c>\eqref</c> inside math: the resolved number in upright type, "??" when unknown (as LaTeX does).</summary>
internal static class ReferenceLayout
{
    public static Atom Layout(ReferenceNode reference, LayoutContext context)
    {
        var text = context.State.Options.ResolveReference?.Invoke(reference.Label) ?? "??";
        if (reference.WithParentheses)
        {
            text = "(" + text + ")";
        }

        return new Atom(GlyphFactory.TextRun(text, context, reference.Offset), AtomClass.Ord);
    }
}
