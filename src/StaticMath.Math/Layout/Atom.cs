using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout;

/// <summary>
/// A laid-out item of a math list. Atoms take part in inter-atom spacing by class; items with
/// <see cref="IsSpacing"/> (explicit space, invisible metadata) do not, exactly like glue and kerns in TeX.
/// </summary>
/// <param name="Box">The laid-out material.</param>
/// <param name="Class">Class seen from the left neighbour.</param>
/// <param name="RightClass">Class seen from the right neighbour when it differs (\middle acts as Close then Open).</param>
/// <param name="ItalicCorrection">Italic correction of a single-character atom; added after it unless scripts use it.</param>
/// <param name="IsCharacter">True for a single glyph (TeX's character nucleus: scripts use fixed shifts, not drops).</param>
internal sealed record Atom(
    Box Box,
    AtomClass Class,
    AtomClass? RightClass = null,
    double ItalicCorrection = 0,
    bool IsCharacter = false,
    bool IsSpacing = false)
{
    /// <summary>A non-atom (space, kern, metadata): no inter-atom spacing around it.</summary>
    public static Atom Spacing(Box box) => new(box, AtomClass.Ord, IsSpacing: true);

    public AtomClass EffectiveRightClass => RightClass ?? Class;
}
