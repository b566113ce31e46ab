using StaticMath.Math.OpenType;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Unicode;

/// <summary>
/// Maps Latin letters, Greek letters and digits to the Unicode Mathematical Alphanumeric Symbols block (U+1D400–1D7FF)
/// for a <see cref="MathVariant"/>. The block is regular: each alphabet is a run of 52 Latin letters (A–Z, a–z), 58
/// Greek symbols or 10 digits, so a start code point per alphabet plus the list of reserved holes (whose characters
/// were already encoded in Letterlike Symbols) describes it completely. Characters an alphabet lacks stay unchanged.
/// The tables are arrays, strings and switches rather than frozen dictionaries: those were compiled at run time in
/// every process (ReadyToRun cannot precompile the framework's generics over our keys), a tenth of start-up.
/// </summary>
public static class MathAlphabets
{
    /// <summary>Start of the run to use for Latin letters, capital Greek (with ∇), small Greek and digits; 0 where Unicode
    /// has no such alphabet (e.g. script Greek). The two Greek halves can come from different runs.</summary>
    private sealed record Alphabet(int Latin, int GreekCapitals, int GreekSmall, int Digits)
    {
        public Alphabet(int latin, int greek, int digits) : this(latin, greek, greek, digits)
        {
        }
    }

    /// <summary>Indexed by <see cref="MathVariant"/>; null for a variant without an alphabet of its own.</summary>
    private static readonly Alphabet?[] Alphabets = CreateAlphabets();

    private static Alphabet?[] CreateAlphabets()
    {
        var alphabets = new Alphabet?[(int)MathVariant.Monospace + 1];
        alphabets[(int)MathVariant.Bold] = new(0x1D400, 0x1D6A8, 0x1D7CE);
        alphabets[(int)MathVariant.Italic] = new(0x1D434, 0x1D6E2, 0);
        // \boldsymbol follows TeX: capital Greek and digits come out bold upright, letters bold italic.
        alphabets[(int)MathVariant.BoldItalic] = new(0x1D468, 0x1D6A8, 0x1D71C, 0x1D7CE);
        // Unicode has one script alphabet; \mathcal and \mathscr ask for its chancery and roundhand forms through
        // variation selectors (see VariationSelector).
        alphabets[(int)MathVariant.Script] = new(0x1D49C, 0, 0);
        alphabets[(int)MathVariant.Calligraphic] = new(0x1D49C, 0, 0);
        alphabets[(int)MathVariant.Fraktur] = new(0x1D504, 0, 0);
        alphabets[(int)MathVariant.DoubleStruck] = new(0x1D538, 0, 0x1D7D8);
        alphabets[(int)MathVariant.SansSerif] = new(0x1D5A0, 0, 0x1D7E2);
        alphabets[(int)MathVariant.SansSerifBold] = new(0x1D5D4, 0x1D756, 0x1D7EC);
        alphabets[(int)MathVariant.SansSerifItalic] = new(0x1D608, 0, 0);
        alphabets[(int)MathVariant.Monospace] = new(0x1D670, 0, 0x1D7F6);
        return alphabets;
    }

    /// <summary>
    /// The 58 Greek symbols in the order of every Greek math alphabet: capitals Α–Ω with ϴ in the slot of the
    /// unassigned U+03A2, ∇, small α–ω (ς included), then ∂ ϵ ϑ ϰ ϕ ϱ ϖ.
    /// </summary>
    private const string GreekOrder =
        "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡϴΣΤΥΦΧΨΩ∇αβγδεζηθικλμνξοπρςστυφχψω∂ϵϑϰϕϱϖ";

    /// <summary>Position of a Greek symbol in <see cref="GreekOrder"/>, -1 for any other character.</summary>
    private static int GreekIndex(int codePoint) => codePoint <= char.MaxValue ? GreekOrder.IndexOf((char)codePoint) : -1;

    /// <summary>Index of ∇ in <see cref="GreekOrder"/>: symbols before it are capitals.</summary>
    private const int NablaIndex = 25;

    /// <summary>Reserved code points of the block and the Letterlike Symbols character that stands in for each.</summary>
    private static int FillHole(int codePoint) => codePoint switch
    {
        0x1D455 => 0x210E, // italic h → ℎ (Planck constant)
        0x1D49D => 0x212C, 0x1D4A0 => 0x2130, 0x1D4A1 => 0x2131, 0x1D4A3 => 0x210B, // script B E F H
        0x1D4A4 => 0x2110, 0x1D4A7 => 0x2112, 0x1D4A8 => 0x2133, 0x1D4AD => 0x211B, // script I L M R
        0x1D4BA => 0x212F, 0x1D4BC => 0x210A, 0x1D4C4 => 0x2134,                     // script e g o
        0x1D506 => 0x212D, 0x1D50B => 0x210C, 0x1D50C => 0x2111, 0x1D515 => 0x211C, // fraktur C H I R
        0x1D51D => 0x2128,                                                           // fraktur Z
        0x1D53A => 0x2102, 0x1D53F => 0x210D, 0x1D545 => 0x2115, 0x1D547 => 0x2119, // double-struck C H N P
        0x1D548 => 0x211A, 0x1D549 => 0x211D, 0x1D551 => 0x2124,                     // double-struck Q R Z
        _ => codePoint,
    };

    /// <summary>Dotless ı and ȷ have only italic math forms; 0 for other characters.</summary>
    private static int ItalicDotless(int codePoint) => codePoint switch
    {
        0x0131 => 0x1D6A4,
        0x0237 => 0x1D6A5,
        _ => 0,
    };

    /// <summary>The code point to draw for <paramref name="codePoint"/> in <paramref name="variant"/>.</summary>
    public static int Map(int codePoint, MathVariant variant)
    {
        if (variant == MathVariant.Normal)
        {
            return codePoint;
        }
        if (variant == MathVariant.Default)
        {
            variant = DefaultVariant(codePoint);
            if (variant == MathVariant.Normal)
            {
                return codePoint;
            }
        }
        if (variant is MathVariant.Italic && ItalicDotless(codePoint) is var dotless and not 0)
        {
            return dotless;
        }
        if ((uint)variant >= (uint)Alphabets.Length || Alphabets[(int)variant] is not { } alphabet)
        {
            return codePoint;
        }

        var mapped = codePoint switch
        {
            >= 'A' and <= 'Z' when alphabet.Latin != 0 => alphabet.Latin + codePoint - 'A',
            >= 'a' and <= 'z' when alphabet.Latin != 0 => alphabet.Latin + 26 + codePoint - 'a',
            >= '0' and <= '9' when alphabet.Digits != 0 => alphabet.Digits + codePoint - '0',
            _ when GreekIndex(codePoint) is var index and >= 0 => GreekStart(alphabet, index) is var start and not 0
                ? start + index
                : codePoint,
            _ => codePoint,
        };
        return FillHole(mapped);
    }

    /// <summary>
    /// The standardized variation selector that picks the alphabet's style among a character's forms: VS1 (U+FE00,
    /// chancery) for \mathcal and VS2 (U+FE01, roundhand) for \mathscr, as Unicode's StandardizedVariants define
    /// them for the script letters; 0 for every other alphabet.
    /// </summary>
    public static int VariationSelector(MathVariant variant) => variant switch
    {
        MathVariant.Calligraphic => 0xFE00,
        MathVariant.Script => 0xFE01,
        _ => 0,
    };

    /// <summary>
    /// <see cref="Map(int, MathVariant)"/> restricted to what <paramref name="font"/> can draw: when the font lacks the
    /// mapped character in the alphabet's style (Latin Modern Math has no lowercase chancery letters) the character
    /// falls back to TeX's default form, then to itself.
    /// </summary>
    public static int Map(int codePoint, MathVariant variant, IMathFont font)
    {
        var mapped = Map(codePoint, variant);
        if (mapped == codePoint || font.TryGetGlyph(mapped, VariationSelector(variant), out _))
        {
            return mapped;
        }
        var fallback = Map(codePoint, MathVariant.Default);
        return font.TryGetGlyph(fallback, out _) ? fallback : codePoint;
    }

    private static int GreekStart(Alphabet alphabet, int index) =>
        index <= NablaIndex ? alphabet.GreekCapitals : alphabet.GreekSmall;

    /// <summary>TeX's defaults: Latin letters and lowercase Greek italic (ϵ ϑ ϰ ϕ ϱ ϖ too); digits, capital Greek,
    /// ∇ and ∂ upright as typed.</summary>
    private static MathVariant DefaultVariant(int codePoint)
    {
        if (codePoint is >= 'A' and <= 'Z' or >= 'a' and <= 'z' || ItalicDotless(codePoint) != 0)
        {
            return MathVariant.Italic;
        }
        if (GreekIndex(codePoint) > NablaIndex && codePoint != '∂')
        {
            return MathVariant.Italic;
        }
        return MathVariant.Normal;
    }
}
