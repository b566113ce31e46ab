namespace StaticMath.Math.OpenType;

/// <summary>
/// Everything the layout needs from a math font, in font design units (y up, baseline at 0).
/// Implemented by <c>OpenTypeMathFont</c> (Latin Modern Math through SkiaSharp + our MATH table reader) and by
/// a fake font with fixed metrics in the layout tests. Implementations are immutable and thread-safe.
/// </summary>
public interface IMathFont
{
    /// <summary>Short stable name used in glyph ids, e.g. "LMM".</summary>
    string Id { get; }

    int UnitsPerEm { get; }

    MathConstants Constants { get; }

    /// <summary>Glyph for a Unicode code point; false when the font lacks it.</summary>
    bool TryGetGlyph(int codePoint, out ushort glyph);

    /// <summary>
    /// Glyph for a standardized variation sequence: the code point followed by a variation selector, e.g. a script
    /// capital with VS1 (U+FE00, chancery/calligraphic) or VS2 (U+FE01, roundhand). Fonts without such forms give the
    /// plain character's glyph; false when the font lacks the character altogether.
    /// </summary>
    bool TryGetGlyph(int codePoint, int variationSelector, out ushort glyph) => TryGetGlyph(codePoint, out glyph);

    /// <summary>Stable name of a glyph for SVG ids: font id and glyph index ("LMM-1234"). A font made of several
    /// fonts names each glyph after the font it comes from.</summary>
    string GlyphKey(ushort glyph) => Id + "-" + glyph.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The inverse of <see cref="GlyphKey"/>; false for a key this font did not make.</summary>
    bool TryParseGlyphKey(string key, out ushort glyph)
    {
        glyph = 0;
        var prefix = Id + "-";
        return key.StartsWith(prefix, StringComparison.Ordinal)
            && ushort.TryParse(key.AsSpan(prefix.Length), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out glyph)
            && glyph < GlyphCount;
    }

    /// <summary>Number of glyphs: valid glyph indices are 0 to GlyphCount − 1.</summary>
    int GlyphCount => ushort.MaxValue + 1;

    /// <summary>Advance width and ink bounds of a glyph.</summary>
    GlyphMetrics GetMetrics(ushort glyph);

    /// <summary>MathItalicsCorrectionInfo value, 0 when absent.</summary>
    int GetItalicCorrection(ushort glyph);

    /// <summary>MathTopAccentAttachment value; null when absent (use half the advance).</summary>
    int? GetTopAccentAttachment(ushort glyph);

    /// <summary>True when the glyph is in ExtendedShapeCoverage.</summary>
    bool IsExtendedShape(ushort glyph);

    /// <summary>MathKernInfo cut-in at the given corner for the given height (font units); 0 when absent.</summary>
    int GetKern(ushort glyph, MathKernCorner corner, int height);

    /// <summary>Size variants (the glyph itself first, as in the MATH table), vertical or horizontal.</summary>
    IReadOnlyList<GlyphVariant> GetVariants(ushort glyph, bool vertical);

    /// <summary>Glyph assembly for building arbitrarily large versions; null when none.</summary>
    GlyphAssembly? GetAssembly(ushort glyph, bool vertical);

    /// <summary>The 'ssty' alternate for script level 1 or 2 (GSUB); the glyph itself when none.</summary>
    ushort GetScriptAlternate(ushort glyph, int scriptLevel);

    /// <summary>SVG path data of the outline in font units with y pointing down (ready for a viewBox in font units).
    /// Empty for blank glyphs. Cached: each glyph's path is computed once per process.</summary>
    string GetOutlinePath(ushort glyph);
}

/// <summary>Advance and ink box of a glyph in font units (y up).</summary>
public readonly record struct GlyphMetrics(int Advance, int XMin, int YMin, int XMax, int YMax)
{
    /// <summary>Height above the baseline (never negative).</summary>
    public int Ascent => System.Math.Max(0, YMax);

    /// <summary>Depth below the baseline (never negative).</summary>
    public int Descent => System.Math.Max(0, -YMin);
}

public enum MathKernCorner
{
    TopRight,
    TopLeft,
    BottomRight,
    BottomLeft,
}

/// <summary>One entry of MathGlyphConstruction.mathGlyphVariantRecord.</summary>
public readonly record struct GlyphVariant(ushort Glyph, int AdvanceMeasurement);

/// <summary>MathGlyphAssembly: parts from bottom to top (vertical) or left to right (horizontal).</summary>
public sealed record GlyphAssembly(int ItalicsCorrection, IReadOnlyList<GlyphPart> Parts);

/// <summary>GlyphPartRecord.</summary>
public readonly record struct GlyphPart(ushort Glyph, int StartConnectorLength, int EndConnectorLength, int FullAdvance, bool IsExtender);
