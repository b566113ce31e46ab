using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout;

/// <summary>
/// Turns a math list into a horizontal box: lays out each item, applies style and size changes to the rest of the
/// list, demotes Bin atoms that cannot be binary (TeXbook App. G rules 5–6), and inserts inter-atom spacing and the
/// italic corrections of single characters.
/// </summary>
internal static class MathListLayout
{
    public static HBox Layout(MathList list, LayoutContext context) => Assemble(LayoutAtoms(list.Items, context));

    /// <summary>Lays out each item in order; <see cref="StyleNode"/> and <see cref="SizeNode"/> change the context of what follows.</summary>
    public static List<PositionedAtom> LayoutAtoms(IReadOnlyList<MathNode> items, LayoutContext context) =>
        LayoutAtoms(items, context, out _);

    /// <summary>As above; <paramref name="end"/> is the context in force after the last item.</summary>
    public static List<PositionedAtom> LayoutAtoms(IReadOnlyList<MathNode> items, LayoutContext context, out LayoutContext end)
    {
        var atoms = new List<PositionedAtom>(items.Count);
        foreach (var item in items)
        {
            switch (item)
            {
                case StyleNode style:
                    context = context.WithStyle(style.Style, cramped: false);
                    break;
                case SizeNode size:
                    context = context with { SizeScale = size.Scale };
                    break;
                default:
                    atoms.Add(new PositionedAtom(MathTypesetter.Layout(item, context), context));
                    break;
            }
        }

        end = context;
        return atoms;
    }

    /// <summary>Joins laid-out atoms into one box with TeX's spacing.</summary>
    /// <param name="lineBreaks">When given, receives the indices into the box's items where a line may break: after a
    /// Bin or Rel atom and the space that follows it (TeXbook ch. 17, App. G rule 20), not between two relations.</param>
    public static HBox Assemble(IReadOnlyList<PositionedAtom> atoms, List<int>? lineBreaks = null)
    {
        var classes = DemoteBins(atoms);
        var boxes = new List<Box>(atoms.Count * 2);
        int previous = -1;
        for (var i = 0; i < atoms.Count; i++)
        {
            var (atom, context) = atoms[i];
            if (!atom.IsSpacing)
            {
                if (previous >= 0)
                {
                    var leftClass = RightClassOf(atoms[previous].Atom, classes[previous]);
                    var mu = InterAtomSpacing.SpaceInMu(leftClass, classes[i], context.IsTextOrDisplay);
                    if (mu != 0)
                    {
                        boxes.Add(new KernBox(mu * context.Mu));
                    }

                    if (lineBreaks is not null && IsBreakAfter(classes[previous], classes[i]))
                    {
                        // The space after the operator stays at the end of the line it closes, where it is invisible.
                        lineBreaks.Add(boxes.Count);
                    }
                }

                previous = i;
            }

            boxes.Add(atom.Box);
            if (atom.IsCharacter && atom.ItalicCorrection != 0)
            {
                boxes.Add(new KernBox(atom.ItalicCorrection));
            }
        }

        return new HBox(boxes);
    }

    private static bool IsBreakAfter(AtomClass left, AtomClass right) =>
        left switch
        {
            AtomClass.Rel => right is not (AtomClass.Rel or AtomClass.Punct or AtomClass.Close),
            AtomClass.Bin => true,
            _ => false,
        };

    /// <summary>
    /// Rules 5 and 6 of Appendix G: a Bin becomes Ord when it is first, or follows Bin/Op/Rel/Open/Punct, or is
    /// followed by Rel/Close/Punct, or is last. Spacing items are transparent.
    /// </summary>
    internal static AtomClass[] DemoteBins(IReadOnlyList<PositionedAtom> atoms)
    {
        var classes = new AtomClass[atoms.Count];
        int previous = -1;
        for (var i = 0; i < atoms.Count; i++)
        {
            var atom = atoms[i].Atom;
            classes[i] = atom.Class;
            if (atom.IsSpacing)
            {
                continue;
            }

            var previousClass = previous < 0 ? (AtomClass?)null : RightClassOf(atoms[previous].Atom, classes[previous]);
            if (classes[i] == AtomClass.Bin &&
                previousClass is null or AtomClass.Bin or AtomClass.Op or AtomClass.Rel or AtomClass.Open or AtomClass.Punct)
            {
                classes[i] = AtomClass.Ord;
            }

            if (classes[i] is AtomClass.Rel or AtomClass.Close or AtomClass.Punct && previous >= 0 && classes[previous] == AtomClass.Bin)
            {
                classes[previous] = AtomClass.Ord;
            }

            previous = i;
        }

        if (previous >= 0 && classes[previous] == AtomClass.Bin)
        {
            classes[previous] = AtomClass.Ord;
        }

        return classes;
    }

    private static AtomClass RightClassOf(Atom atom, AtomClass demoted) =>
        atom.RightClass is { } right && demoted == atom.Class ? right : demoted;
}

/// <summary>An atom with the context (style) in force where it stands; spacing uses the style of the right atom.</summary>
internal readonly record struct PositionedAtom(Atom Atom, LayoutContext Context);
