using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>\mathchoice{D}{T}{S}{SS}: only the branch for the current style is laid out (TeXbook rule 4).</summary>
internal static class MathChoiceLayout
{
    public static Atom Layout(MathChoiceNode node, LayoutContext context)
    {
        var branch = context.Style switch
        {
            MathStyle.Display => node.Display,
            MathStyle.Text => node.Text,
            MathStyle.Script => node.Script,
            _ => node.ScriptScript,
        };
        return new Atom(MathListLayout.Layout(branch, context), AtomClass.Ord);
    }
}
