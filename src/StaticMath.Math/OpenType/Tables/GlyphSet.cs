namespace StaticMath.Math.OpenType.Tables;

/// <summary>A set of glyph indices (a Coverage table's glyphs), as flags indexed by glyph: see <see cref="GlyphMap{T}"/>
/// for why not a framework set. Immutable; shared by all threads.</summary>
internal sealed class GlyphSet
{
    private readonly bool[] members;

    public GlyphSet(ReadOnlySpan<ushort> glyphs)
    {
        var end = 0;
        foreach (var glyph in glyphs)
        {
            end = System.Math.Max(end, glyph + 1);
        }

        members = new bool[end];
        foreach (var glyph in glyphs)
        {
            members[glyph] = true;
        }
    }

    public static GlyphSet Empty { get; } = new([]);

    public bool Contains(ushort glyph) => glyph < members.Length && members[glyph];
}
