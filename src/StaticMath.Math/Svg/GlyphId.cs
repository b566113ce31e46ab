using System.Globalization;
using StaticMath.Math.OpenType;

namespace StaticMath.Math.Svg;

/// <summary>Glyph definition ids are derived from the font and glyph only ("g-LMM-1234"), never from render order.</summary>
internal static class GlyphId
{
    public static string For(IMathFont font, ushort glyph) =>
        "g-" + font.Id + "-" + glyph.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(IMathFont font, string id, out ushort glyph)
    {
        glyph = 0;
        var prefix = "g-" + font.Id + "-";
        return id.StartsWith(prefix, StringComparison.Ordinal) &&
               ushort.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out glyph);
    }
}
