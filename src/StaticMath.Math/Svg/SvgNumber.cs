using System.Globalization;

namespace StaticMath.Math.Svg;

/// <summary>Fixed, culture-invariant number formatting, so output is byte-identical across runs and machines.</summary>
internal static class SvgNumber
{
    /// <summary>Font units: one decimal is 1/10000 em at 1000 units per em, far below a pixel.</summary>
    public static string Units(double value) => Format(value, "0.#");

    /// <summary>Em values (sizes of the svg element): three decimals.</summary>
    public static string Em(double value) => Format(value, "0.###");

    /// <summary>Scale factors of script glyphs.</summary>
    public static string Scale(double value) => Format(value, "0.####");

    private static string Format(double value, string format)
    {
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
