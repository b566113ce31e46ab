using System.Globalization;
using System.Text;

namespace StaticMath.Math.Svg;

/// <summary>
/// Fixed, culture-invariant number formatting, so output is byte-identical across runs and machines. The text is that of
/// .NET's custom formats "0.#", "0.###" and "0.####" (with "-0" written "0"), appended without allocating: a custom format
/// string is parsed on every call and makes a string, and an expression writes hundreds of numbers.
/// </summary>
internal static class SvgNumber
{
    /// <summary>Font units: one decimal is 1/10000 em at 1000 units per em, far below a pixel.</summary>
    public static StringBuilder AppendUnits(this StringBuilder text, double value) => Append(text, value, 1);

    /// <summary>Em values (sizes of the svg element): three decimals.</summary>
    public static StringBuilder AppendEm(this StringBuilder text, double value) => Append(text, value, 3);

    /// <summary>Scale factors of script glyphs.</summary>
    public static StringBuilder AppendScale(this StringBuilder text, double value) => Append(text, value, 4);

    private static readonly double[] Scales = [1, 10, 100, 1000, 10000];

    private static readonly string[] Formats = ["0", "0.#", "0.##", "0.###", "0.####"];

    /// <summary>Below this many scaled units the 15-digit text differs from the value by far less than the midpoint margin.</summary>
    private const double LargestFastScaled = 1e7;

    private static StringBuilder Append(StringBuilder text, double value, int decimals)
    {
        var scaled = value * Scales[decimals];
        var rounded = System.Math.Round(scaled, MidpointRounding.AwayFromZero);
        // .NET rounds the 15-digit decimal text of the value, not the binary value: the two can differ only near a
        // midpoint (x.5 in scaled units), where the exact format decides. NaN and infinities fail the first test.
        if (!(System.Math.Abs(scaled) < LargestFastScaled) || System.Math.Abs(System.Math.Abs(scaled - System.Math.Truncate(scaled)) - 0.5) < 1e-6)
            return AppendFormatted(text, value, decimals);

        var units = (long)rounded;
        if (units < 0)
        {
            text.Append('-');
            units = -units;
        }

        var divisor = (long)Scales[decimals];
        text.Append(units / divisor);
        var fraction = units % divisor;
        if (fraction == 0)
            return text;

        // Fraction digits without trailing zeros ("0.#" drops them).
        Span<char> digits = stackalloc char[4];
        var count = decimals;
        for (var i = decimals - 1; i >= 0; i--, fraction /= 10)
            digits[i] = (char)('0' + fraction % 10);
        while (digits[count - 1] == '0')
            count--;
        return text.Append('.').Append(digits[..count]);
    }

    /// <summary>The exact (slow) path: the custom format itself.</summary>
    internal static StringBuilder AppendFormatted(StringBuilder text, double value, int decimals)
    {
        var formatted = value.ToString(Formats[decimals], CultureInfo.InvariantCulture);
        return text.Append(formatted == "-0" ? "0" : formatted);
    }
}
