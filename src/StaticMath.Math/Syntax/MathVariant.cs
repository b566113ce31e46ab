namespace StaticMath.Math.Syntax;

/// <summary>
/// Math alphabets (Unicode Mathematical Alphanumeric Symbols). <see cref="Default"/> means TeX's rules:
/// Latin letters and lowercase Greek italic, digits and capital Greek upright.
/// </summary>
public enum MathVariant
{
    Default,
    Normal,        // \mathrm, \operatorname
    Italic,        // \mathit
    Bold,          // \mathbf
    BoldItalic,    // \boldsymbol, \bm
    Script,        // \mathscr
    Calligraphic,  // \mathcal
    Fraktur,       // \mathfrak
    DoubleStruck,  // \mathbb
    SansSerif,     // \mathsf
    SansSerifBold,
    SansSerifItalic,
    Monospace,     // \mathtt
}
