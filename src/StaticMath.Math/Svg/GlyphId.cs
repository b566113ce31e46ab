using StaticMath.Math.OpenType;

namespace StaticMath.Math.Svg;

/// <summary>Glyph definition ids are derived from the font and glyph only ("g-LMM-1234"), never from render order.</summary>
internal static class GlyphId
{
    public static string For(IMathFont font, ushort glyph) => "g-" + font.GlyphKey(glyph);

    public static bool TryParse(IMathFont font, string id, out ushort glyph)
    {
        glyph = 0;
        return id.StartsWith("g-", StringComparison.Ordinal) && font.TryParseGlyphKey(id[2..], out glyph);
    }
}
