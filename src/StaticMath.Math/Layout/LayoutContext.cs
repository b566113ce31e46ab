using StaticMath.Math.OpenType;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout;

/// <summary>
/// Where a node is being laid out: TeX style (D/T/S/SS, cramped or not), the size command scale (\large…), the font
/// and the per-equation state. Immutable; nested material gets a derived context (TeXbook ch. 17 style rules).
/// </summary>
internal sealed record LayoutContext(IMathFont Font, MathStyle Style, bool Cramped, double SizeScale, TypesetState State)
{
    public MathConstants Constants => Font.Constants;

    public bool IsDisplay => Style == MathStyle.Display;

    /// <summary>True in D and T, where the bracketed entries of the spacing table apply.</summary>
    public bool IsTextOrDisplay => Style is MathStyle.Display or MathStyle.Text;

    /// <summary>0 in D/T, 1 in S, 2 in SS: selects the 'ssty' alternates.</summary>
    public int ScriptLevel => Style switch
    {
        MathStyle.Script => 1,
        MathStyle.ScriptScript => 2,
        _ => 0,
    };

    /// <summary>Scale of glyphs and constants relative to the font's design size.</summary>
    public double Scale => SizeScale * Style switch
    {
        MathStyle.Script => Constants.ScriptPercentScaleDown / 100.0,
        MathStyle.ScriptScript => Constants.ScriptScriptPercentScaleDown / 100.0,
        _ => 1.0,
    };

    /// <summary>One em of the current size, in font units.</summary>
    public double Em => Font.UnitsPerEm * Scale;

    /// <summary>One math unit (1/18 em of the current style's size).</summary>
    public double Mu => Em / 18.0;

    /// <summary>A MathConstants value at the current size.</summary>
    public double Scaled(int designUnits) => designUnits * Scale;

    public double AxisHeight => Scaled(Constants.AxisHeight);

    public LayoutContext WithStyle(MathStyle style, bool cramped) => this with { Style = style, Cramped = cramped };

    public LayoutContext WithStyle(MathStyle style) => this with { Style = style };

    public LayoutContext Cramp() => this with { Cramped = true };

    /// <summary>Style of a superscript (D,T → S; S,SS → SS), keeping cramping.</summary>
    public LayoutContext Superscript() => this with { Style = SmallerScript(Style) };

    /// <summary>Style of a subscript: like a superscript, always cramped.</summary>
    public LayoutContext Subscript() => this with { Style = SmallerScript(Style), Cramped = true };

    /// <summary>Style of a numerator (D → T, T → S, S/SS → SS), keeping cramping.</summary>
    public LayoutContext Numerator() => this with { Style = FractionPart(Style) };

    /// <summary>Style of a denominator: like a numerator, always cramped.</summary>
    public LayoutContext Denominator() => this with { Style = FractionPart(Style), Cramped = true };

    private static MathStyle SmallerScript(MathStyle style) =>
        style is MathStyle.Display or MathStyle.Text ? MathStyle.Script : MathStyle.ScriptScript;

    private static MathStyle FractionPart(MathStyle style) => style switch
    {
        MathStyle.Display => MathStyle.Text,
        MathStyle.Text => MathStyle.Script,
        _ => MathStyle.ScriptScript,
    };
}
