using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout;

/// <summary>
/// Bridge to the math alphabets (Unicode Mathematical Alphanumeric Symbols). Until the font helper's
/// <c>MathAlphabets.Map</c> lands on main this applies TeX's default rule only (Latin letters and lowercase Greek
/// italic); it then forwards to <c>MathAlphabets.Map</c>.
/// </summary>
internal static class AlphabetMapping
{
    public static int Map(int codePoint, MathVariant variant)
    {
        if (variant is not (MathVariant.Default or MathVariant.Italic))
        {
            return codePoint;
        }

        return codePoint switch
        {
            'h' => 0x210E,
            >= 'a' and <= 'z' => 0x1D44E + codePoint - 'a',
            >= 'A' and <= 'Z' => 0x1D434 + codePoint - 'A',
            >= 0x03B1 and <= 0x03C9 => 0x1D6FC + codePoint - 0x03B1,
            _ => codePoint,
        };
    }
}
