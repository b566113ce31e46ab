using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// \cancel (/), \bcancel (\), \xcancel (X) and \sout (horizontal strike). The strokes run corner to corner over the body
/// and overhang it a little vertically, as cancel.sty's do; the box keeps the body's extent. Bodies longer than one
/// character get 0.2em of side padding (as KaTeX) so the stroke does not touch neighbours. The stroke is the font's
/// fraction rule thickness.
/// </summary>
internal static class CancelLayout
{
    private const double SidePaddingEm = 0.2;
    private const double OverhangEm = 0.1;

    public static Atom Layout(CancelNode node, LayoutContext context)
    {
        var atoms = MathListLayout.LayoutAtoms(node.Body.Items, context);
        var body = MathListLayout.Assemble(atoms);
        var singleCharacter = atoms.Count == 1 && atoms[0].Atom.IsCharacter;
        var pad = singleCharacter || node.Kind == CancelKind.Strike ? 0 : SidePaddingEm * context.Em;
        var width = body.Width + 2 * pad;
        var thickness = context.Scaled(context.Constants.FractionRuleThickness);
        var overhang = OverhangEm * context.Em;
        var top = body.Height + overhang;
        var bottom = -body.Depth - overhang;

        var items = new List<PlacedBox> { new(body, pad, 0) };
        void Stroke(double x1, double y1, double x2, double y2) =>
            items.Add(new PlacedBox(new LineBox(x1, y1, x2, y2, thickness, width, body.Height, body.Depth), 0, 0));

        switch (node.Kind)
        {
            case CancelKind.Cancel:
                Stroke(0, bottom, width, top);
                break;
            case CancelKind.BCancel:
                Stroke(0, top, width, bottom);
                break;
            case CancelKind.XCancel:
                Stroke(0, bottom, width, top);
                Stroke(0, top, width, bottom);
                break;
            case CancelKind.Strike:
                Stroke(0, context.AxisHeight, width, context.AxisHeight);
                break;
        }

        return new Atom(new VBox(items, width, body.Height, body.Depth), AtomClass.Ord);
    }
}
