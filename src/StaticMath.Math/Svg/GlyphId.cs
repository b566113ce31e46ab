using System.Runtime.CompilerServices;
using StaticMath.Math.OpenType;

namespace StaticMath.Math.Svg;

/// <summary>Glyph definition ids are derived from the font and glyph only ("g-LMM-1234"), never from render order.</summary>
internal static class GlyphId
{
    // Each font's ids, made once per glyph: an SVG names a glyph per <use>, and making its id each time was three
    // strings per glyph of every equation. Filled as glyphs are met; two threads making the same id store equal strings.
    private static readonly ConditionalWeakTable<IMathFont, string?[]> Made = [];

    public static string For(IMathFont font, ushort glyph)
    {
        var ids = Made.GetValue(font, static _ => new string?[ushort.MaxValue + 1]);
        return ids[glyph] ??= "g-" + font.GlyphKey(glyph);
    }

    public static bool TryParse(IMathFont font, string id, out ushort glyph)
    {
        glyph = 0;
        return id.StartsWith("g-", StringComparison.Ordinal) && font.TryParseGlyphKey(id[2..], out glyph);
    }
}
