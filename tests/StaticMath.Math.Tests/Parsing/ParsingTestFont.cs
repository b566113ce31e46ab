using StaticMath.Math.OpenType;

namespace StaticMath.Math.Tests.Parsing;

/// <summary>
/// A font for parser tests: parsing only needs the font's id (it goes into cache keys); any glyph query means a
/// parser test accidentally typeset something, so it fails loudly.
/// </summary>
internal sealed class ParsingTestFont(string id = "TEST") : IMathFont
{
    public string Id { get; } = id;

    public int UnitsPerEm => 1000;

    public MathConstants Constants => new();

    public bool TryGetGlyph(int codePoint, out ushort glyph) => throw Unexpected();

    public GlyphMetrics GetMetrics(ushort glyph) => throw Unexpected();

    public int GetItalicCorrection(ushort glyph) => throw Unexpected();

    public int? GetTopAccentAttachment(ushort glyph) => throw Unexpected();

    public bool IsExtendedShape(ushort glyph) => throw Unexpected();

    public int GetKern(ushort glyph, MathKernCorner corner, int height) => throw Unexpected();

    public IReadOnlyList<GlyphVariant> GetVariants(ushort glyph, bool vertical) => throw Unexpected();

    public GlyphAssembly? GetAssembly(ushort glyph, bool vertical) => throw Unexpected();

    public ushort GetScriptAlternate(ushort glyph, int scriptLevel) => throw Unexpected();

    public string GetOutlinePath(ushort glyph) => throw Unexpected();

    private static InvalidOperationException Unexpected() => new("Parser tests must not query glyphs");
}
