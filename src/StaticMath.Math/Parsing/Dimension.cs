using System.Globalization;

namespace StaticMath.Math.Parsing;

/// <summary>A TeX dimension (<c>1.5em</c>, <c>-3mu</c>, <c>2pt</c>). Converted to em with TeX's 10pt design size.</summary>
internal readonly record struct Dimension(double Amount, string Unit)
{
    /// <summary>x-height of Latin Modern in em (what <c>ex</c> means for our font).</summary>
    public const double ExInEm = 0.431;

    public bool IsMu => Unit == "mu";

    /// <summary>The length in em; mu are 1/18 em.</summary>
    public double ToEm() => Unit switch
    {
        "em" => Amount,
        "ex" => Amount * ExInEm,
        "mu" => Amount / 18,
        "pt" => Amount / 10,
        "pc" => Amount * 12 / 10,
        "in" => Amount * 72.27 / 10,
        "cm" => Amount * 72.27 / 2.54 / 10,
        "mm" => Amount * 72.27 / 25.4 / 10,
        "bp" => Amount * 72.27 / 72 / 10,
        "px" => Amount * 72.27 / 72 / 10,
        "dd" => Amount * 1238.0 / 1157 / 10,
        "cc" => Amount * 12 * 1238.0 / 1157 / 10,
        "sp" => Amount / 65536 / 10,
        _ => 0,
    };

    public static bool TryParse(string text, out Dimension dimension)
    {
        dimension = default;
        var span = text.AsSpan().Trim();
        var sign = 1.0;
        while (span.Length > 0 && span[0] is '+' or '-' or ' ')
        {
            if (span[0] == '-')
            {
                sign = -sign;
            }

            span = span[1..];
        }

        var numberLength = 0;
        while (numberLength < span.Length && (char.IsAsciiDigit(span[numberLength]) || span[numberLength] is '.' or ','))
        {
            numberLength++;
        }

        var number = numberLength == 0 ? "" : span[..numberLength].ToString().Replace(',', '.');
        var unit = span[numberLength..].Trim();
        if (unit.StartsWith("true", StringComparison.Ordinal))
        {
            unit = unit[4..].TrimStart();
        }

        if (unit.Length != 2)
        {
            return false;
        }

        var unitText = unit.ToString();
        if (unitText is not ("em" or "ex" or "mu" or "pt" or "pc" or "in" or "cm" or "mm" or "bp" or "px" or "dd" or "cc" or "sp"))
        {
            return false;
        }

        double amount;
        if (number.Length == 0 || number == "." || !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            return false;
        }

        dimension = new Dimension(sign * amount, unitText);
        return true;
    }
}
