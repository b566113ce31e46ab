using System.Collections.Concurrent;
using SkiaSharp;
using StaticMath.Math.OpenType.Tables;

namespace StaticMath.Math.OpenType;

/// <summary>
/// An OpenType math font loaded through SkiaSharp (cmap, advances, ink bounds, outlines) with our own readers for the
/// MATH table and the GSUB 'ssty' feature. Both tables are parsed once at construction into immutable maps; a glyph's
/// advance, ink box and outline are read from Skia on its first use and cached (a page uses tens of a font's thousands
/// of glyphs, and measuring them all took a tenth of the engine's start-up), so one instance serves all threads.
/// </summary>
public sealed class OpenTypeMathFont : IMathFont
{
    private const string LatinModernResource = "StaticMath.Math.Fonts.latinmodern-math.otf";

    private const string StixMathResource = "StaticMath.Math.Fonts.STIXMath-Regular.otf";

    private static readonly Lazy<OpenTypeMathFont> LatinModernFont =
        new(() => LoadEmbedded("LMM", LatinModernResource), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<OpenTypeMathFont> StixMathFont =
        new(() => LoadEmbedded(StixMathId, StixMathResource), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SKTypeface typeface;
    private readonly SKFont font;
    // Skia's typeface and strike cache are thread-safe, but SKFont is a mutable native object shared here; path
    // extraction happens once per glyph, so serialising it costs nothing measurable.
    private readonly Lock skiaLock = new();
    private readonly MathTable math;
    private readonly GlyphMap<ushort[]> scriptAlternates;
    private readonly ConcurrentDictionary<int, ushort> glyphByCodePoint = new();
    // By glyph id, filled on first use (a lock-free read: a dictionary look-up per glyph drawn was visible in profiles).
    private readonly GlyphOutline?[] outlines = new GlyphOutline?[ushort.MaxValue + 1];

    /// <summary>Latin Modern Math, embedded in this assembly, loaded once per process on first use.</summary>
    public static OpenTypeMathFont LatinModern => LatinModernFont.Value;

    /// <summary>Loads a font from OpenType data (.otf/.ttf bytes) that has a MATH table.</summary>
    public OpenTypeMathFont(string id, byte[] fontData)
    {
        Id = id;
        using (var data = SKData.CreateCopy(fontData))
        {
            typeface = SKTypeface.FromData(data)
                ?? throw new InvalidFontDataException($"font '{id}': SkiaSharp could not load the font data");
        }
        UnitsPerEm = typeface.UnitsPerEm;
        // At size = units per em Skia's coordinates are font units; no hinting, so nothing is snapped to a pixel grid.
        font = new SKFont(typeface, UnitsPerEm)
        {
            Hinting = SKFontHinting.None,
            Subpixel = true,
            LinearMetrics = true,
            Edging = SKFontEdging.Antialias,
        };

        var mathData = GetTable("MATH") ?? throw new InvalidFontDataException($"font '{id}' has no MATH table");
        math = MathTableReader.Read(mathData);
        scriptAlternates = ScriptStyleAlternatesReader.Read(GetTable("GSUB"));
        GlyphCount = typeface.GlyphCount;
    }

    public string Id { get; }

    public int UnitsPerEm { get; }

    public MathConstants Constants => math.Constants;

    /// <summary>Number of glyphs in the font.</summary>
    public int GlyphCount { get; }

    /// <summary>The <see cref="Id"/> of <see cref="StixMath"/>.</summary>
    public const string StixMathId = "STIX";

    /// <summary>STIX Math 1.1.1, embedded in this assembly as the fallback for characters Latin Modern Math lacks,
    /// loaded once per process on first use.</summary>
    public static OpenTypeMathFont StixMath => StixMathFont.Value;

    public bool TryGetGlyph(int codePoint, out ushort glyph)
    {
        glyph = glyphByCodePoint.GetOrAdd(codePoint, static (cp, self) => self.LookUpGlyph(cp), this);
        return glyph != 0;
    }

    public GlyphMetrics GetMetrics(ushort glyph) => glyph < GlyphCount ? Outline(glyph).Metrics : default;

    public int GetItalicCorrection(ushort glyph) => math.ItalicCorrections.GetValueOrDefault(glyph);

    public int? GetTopAccentAttachment(ushort glyph) =>
        math.TopAccentAttachments.TryGetValue(glyph, out var value) ? value : null;

    public bool IsExtendedShape(ushort glyph) => math.ExtendedShapes.Contains(glyph);

    public int GetKern(ushort glyph, MathKernCorner corner, int height) =>
        math.Kerns.TryGetValue(glyph, out var info) && info[corner] is { } kern ? kern.KernAt(height) : 0;

    /// <summary>The full MathKernInfo record of a glyph, null when the font has none for it.</summary>
    public MathKernInfo? GetKernInfo(ushort glyph) => math.Kerns.GetValueOrDefault(glyph);

    public IReadOnlyList<GlyphVariant> GetVariants(ushort glyph, bool vertical) =>
        Constructions(vertical).TryGetValue(glyph, out var construction) ? construction.Variants : [];

    public GlyphAssembly? GetAssembly(ushort glyph, bool vertical) =>
        Constructions(vertical).TryGetValue(glyph, out var construction) ? construction.Assembly : null;

    public ushort GetScriptAlternate(ushort glyph, int scriptLevel)
    {
        if (scriptLevel <= 0 || !scriptAlternates.TryGetValue(glyph, out var forms))
        {
            return glyph;
        }
        return forms[System.Math.Min(scriptLevel, forms.Length) - 1];
    }

    public string GetOutlinePath(ushort glyph) => glyph < GlyphCount ? Outline(glyph).Path : "";

    private GlyphOutline Outline(ushort glyph) =>
        Volatile.Read(ref outlines[glyph]) ?? Interlocked.CompareExchange(ref outlines[glyph], BuildOutline(glyph), null) ?? outlines[glyph]!;

    private GlyphMap<GlyphConstruction> Constructions(bool vertical) =>
        vertical ? math.VerticalConstructions : math.HorizontalConstructions;

    private byte[]? GetTable(string tag)
    {
        var code = (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);
        lock (skiaLock)
        {
            return typeface.TryGetTableData(code, out var data) ? data : null;
        }
    }

    private ushort LookUpGlyph(int codePoint)
    {
        if (codePoint is < 0 or > 0x10FFFF)
        {
            return 0;
        }
        lock (skiaLock)
        {
            return font.GetGlyph(codePoint);
        }
    }

    /// <summary>Outline, advance and ink box together: Skia's glyph-width bounds are padded for anti-aliasing, the
    /// path's tight bounds are the exact ink box (as the CFF outline defines it).</summary>
    private GlyphOutline BuildOutline(ushort glyph)
    {
        lock (skiaLock)
        {
            Span<float> width = stackalloc float[1];
            font.GetGlyphWidths([glyph], width, []);
            var advance = Round(width[0]);
            using var path = font.GetGlyphPath(glyph);
            if (path is null || path.IsEmpty)
            {
                return new GlyphOutline("", new GlyphMetrics(advance, 0, 0, 0, 0));
            }
            var b = path.TightBounds;
            // Skia's y axis points down: the ink top is -Top.
            var metrics = new GlyphMetrics(advance, Round(b.Left), Round(-b.Bottom), Round(b.Right), Round(-b.Top));
            return new GlyphOutline(GlyphOutlineWriter.Write(path), metrics);
        }
    }

    private sealed record GlyphOutline(string Path, GlyphMetrics Metrics);

    private static int Round(float value) => (int)System.Math.Round(value, MidpointRounding.AwayFromZero);

    private static OpenTypeMathFont LoadEmbedded(string id, string resource)
    {
        using var stream = typeof(OpenTypeMathFont).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new OpenTypeMathFont(id, buffer.ToArray());
    }
}
