using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// \color, \textcolor: the body drawn in a CSS colour. Colour does not change spacing, so a body of exactly one atom
/// keeps that atom's class and character semantics (<c>a \color{red}{=} b</c> is still a relation); longer bodies are Ord.
/// </summary>
internal static class ColorLayout
{
    public static Atom Layout(ColorNode node, LayoutContext context)
    {
        var atoms = MathListLayout.LayoutAtoms(node.Body.Items, context);
        if (atoms.Count == 0)
        {
            return Atom.Spacing(HBox.Empty);
        }

        if (atoms.Count == 1 && !atoms[0].Atom.IsSpacing)
        {
            var single = atoms[0].Atom;
            return single with { Box = new ColorBox(single.Box, node.Color) };
        }

        return new Atom(new ColorBox(MathListLayout.Assemble(atoms), node.Color), AtomClass.Ord);
    }
}
