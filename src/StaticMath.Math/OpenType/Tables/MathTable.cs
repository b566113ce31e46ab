namespace StaticMath.Math.OpenType.Tables;

/// <summary>The parsed OpenType MATH table: immutable, shared by all threads.</summary>
internal sealed record MathTable(
    MathConstants Constants,
    GlyphMap<int> ItalicCorrections,
    GlyphMap<int> TopAccentAttachments,
    GlyphSet ExtendedShapes,
    GlyphMap<MathKernInfo> Kerns,
    GlyphMap<GlyphConstruction> VerticalConstructions,
    GlyphMap<GlyphConstruction> HorizontalConstructions);
