using System.Collections.Frozen;

namespace StaticMath.Math.OpenType.Tables;

/// <summary>The parsed OpenType MATH table: immutable, shared by all threads.</summary>
internal sealed record MathTable(
    MathConstants Constants,
    FrozenDictionary<ushort, int> ItalicCorrections,
    FrozenDictionary<ushort, int> TopAccentAttachments,
    FrozenSet<ushort> ExtendedShapes,
    FrozenDictionary<ushort, MathKernInfo> Kerns,
    FrozenDictionary<ushort, GlyphConstruction> VerticalConstructions,
    FrozenDictionary<ushort, GlyphConstruction> HorizontalConstructions);
