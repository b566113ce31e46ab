namespace StaticMath.Math.OpenType;

/// <summary>
/// A primary math font with a fallback for the characters it lacks (Latin Modern Math backed by STIX Math, as
/// MathJax and browsers fall back through a font list). Layout constants come from the primary font; each glyph keeps
/// the metrics, math kerns, variants and outline of the font it comes from, so fallback glyphs need the same em size.
/// Glyph indices are one space: the primary's own, then the fallback's shifted past them. SVG ids name the source font
/// ("g-LMM-12", "g-STIX-12"), so a page defines each outline once whichever font drew it. The fallback can be loaded on
/// the first character the primary lacks (most runs never need it: loading it was a tenth of the engine's start-up).
/// Immutable and thread-safe.
/// </summary>
public sealed class FallbackMathFont : IMathFont
{
    private static readonly Lazy<FallbackMathFont> DefaultFont = new(
        () => new FallbackMathFont(OpenTypeMathFont.LatinModern, OpenTypeMathFont.StixMathId, () => OpenTypeMathFont.StixMath, roundhandFromFallback: true),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>VS1: the chancery (calligraphic, \mathcal) form of a script letter.</summary>
    public const int ChancerySelector = 0xFE00;

    /// <summary>VS2: the roundhand (\mathscr) form of a script letter.</summary>
    public const int RoundhandSelector = 0xFE01;

    private readonly IMathFont primary;
    private readonly Lazy<IMathFont> fallback;
    private readonly string fallbackId;
    private readonly int offset;
    private readonly bool roundhandFromFallback;

    /// <param name="roundhandFromFallback">True when the primary's script letters are chancery and the fallback's are
    /// roundhand (Latin Modern and STIX 1.x): roundhand requests then go to the fallback first.</param>
    public FallbackMathFont(IMathFont primary, IMathFont fallback, bool roundhandFromFallback = false)
        : this(primary, fallback.Id, () => fallback, roundhandFromFallback) => _ = this.fallback.Value;

    /// <summary>A font whose fallback is loaded by <paramref name="loadFallback"/> when a glyph is first looked for in
    /// it; the fallback must then have the id <paramref name="fallbackId"/> (glyph ids and cache keys carry it).</summary>
    /// <exception cref="ArgumentException">On that first use (or at once from the other constructor): the fonts do
    /// not share an em size, or have too many glyphs together.</exception>
    public FallbackMathFont(IMathFont primary, string fallbackId, Func<IMathFont> loadFallback, bool roundhandFromFallback = false)
    {
        this.primary = primary;
        this.fallbackId = fallbackId;
        this.roundhandFromFallback = roundhandFromFallback;
        fallback = new Lazy<IMathFont>(() => Checked(loadFallback()), LazyThreadSafetyMode.ExecutionAndPublication);
        offset = primary.GlyphCount;
        Id = primary.Id + "+" + fallbackId;
    }

    /// <summary>Latin Modern Math with STIX Math behind it, both embedded; created once per process on first use.</summary>
    public static FallbackMathFont LatinModernWithStix => DefaultFont.Value;

    public string Id { get; }

    public int UnitsPerEm => primary.UnitsPerEm;

    public MathConstants Constants => primary.Constants;

    public int GlyphCount => offset + Fallback.GlyphCount;

    public bool TryGetGlyph(int codePoint, out ushort glyph)
    {
        if (primary.TryGetGlyph(codePoint, out glyph))
        {
            return true;
        }

        return FromFallback(Fallback.TryGetGlyph(codePoint, out var own), own, out glyph);
    }

    public bool TryGetGlyph(int codePoint, int variationSelector, out ushort glyph)
    {
        if (variationSelector is not (ChancerySelector or RoundhandSelector))
        {
            return TryGetGlyph(codePoint, out glyph);
        }

        if (variationSelector == RoundhandSelector && roundhandFromFallback &&
            FromFallback(Fallback.TryGetGlyph(codePoint, variationSelector, out var own), own, out glyph))
        {
            return true;
        }

        // A requested style the primary lacks must not silently come from a font drawing the other style.
        return primary.TryGetGlyph(codePoint, variationSelector, out glyph);
    }

    public GlyphMetrics GetMetrics(ushort glyph) =>
        IsFallback(glyph, out var own) ? Fallback.GetMetrics(own) : primary.GetMetrics(glyph);

    public int GetItalicCorrection(ushort glyph) =>
        IsFallback(glyph, out var own) ? Fallback.GetItalicCorrection(own) : primary.GetItalicCorrection(glyph);

    public int? GetTopAccentAttachment(ushort glyph) =>
        IsFallback(glyph, out var own) ? Fallback.GetTopAccentAttachment(own) : primary.GetTopAccentAttachment(glyph);

    public bool IsExtendedShape(ushort glyph) =>
        IsFallback(glyph, out var own) ? Fallback.IsExtendedShape(own) : primary.IsExtendedShape(glyph);

    public int GetKern(ushort glyph, MathKernCorner corner, int height) =>
        IsFallback(glyph, out var own) ? Fallback.GetKern(own, corner, height) : primary.GetKern(glyph, corner, height);

    public IReadOnlyList<GlyphVariant> GetVariants(ushort glyph, bool vertical)
    {
        if (!IsFallback(glyph, out var own))
        {
            return primary.GetVariants(glyph, vertical);
        }

        return [.. Fallback.GetVariants(own, vertical).Select(v => v with { Glyph = Shift(v.Glyph) })];
    }

    public GlyphAssembly? GetAssembly(ushort glyph, bool vertical)
    {
        if (!IsFallback(glyph, out var own))
        {
            return primary.GetAssembly(glyph, vertical);
        }

        return Fallback.GetAssembly(own, vertical) is { } assembly
            ? assembly with { Parts = [.. assembly.Parts.Select(p => p with { Glyph = Shift(p.Glyph) })] }
            : null;
    }

    public ushort GetScriptAlternate(ushort glyph, int scriptLevel) =>
        IsFallback(glyph, out var own) ? Shift(Fallback.GetScriptAlternate(own, scriptLevel)) : primary.GetScriptAlternate(glyph, scriptLevel);

    public string GetOutlinePath(ushort glyph) =>
        IsFallback(glyph, out var own) ? Fallback.GetOutlinePath(own) : primary.GetOutlinePath(glyph);

    public string GlyphKey(ushort glyph) =>
        IsFallback(glyph, out var own) ? Fallback.GlyphKey(own) : primary.GlyphKey(glyph);

    public bool TryParseGlyphKey(string key, out ushort glyph)
    {
        if (primary.TryParseGlyphKey(key, out glyph) && glyph < offset)
        {
            return true;
        }

        // Only a key of the fallback's loads it.
        if (!key.StartsWith(fallbackId + "-", StringComparison.Ordinal))
        {
            glyph = 0;
            return false;
        }

        return FromFallback(Fallback.TryParseGlyphKey(key, out var own), own, out glyph);
    }

    /// <summary>True once the fallback font has been loaded (a glyph was looked for in it).</summary>
    public bool IsFallbackLoaded => fallback.IsValueCreated;

    /// <summary>True when the font's glyph comes from the fallback font.</summary>
    public bool IsFallbackGlyph(ushort glyph) => glyph >= offset;

    private IMathFont Fallback => fallback.Value;

    private IMathFont Checked(IMathFont loaded)
    {
        if (loaded.Id != fallbackId)
        {
            throw new ArgumentException($"the fallback font is '{loaded.Id}', announced as '{fallbackId}'", nameof(loaded));
        }

        if (primary.UnitsPerEm != loaded.UnitsPerEm)
        {
            throw new ArgumentException(
                $"fallback font '{loaded.Id}' has {loaded.UnitsPerEm} units per em, the primary '{primary.Id}' {primary.UnitsPerEm}; glyphs would not share one em",
                nameof(loaded));
        }

        if (offset + loaded.GlyphCount > ushort.MaxValue + 1)
        {
            throw new ArgumentException($"fonts '{primary.Id}' and '{loaded.Id}' have more glyphs together than one glyph index can address", nameof(loaded));
        }

        return loaded;
    }

    private bool IsFallback(ushort glyph, out ushort own)
    {
        own = glyph >= offset ? (ushort)(glyph - offset) : glyph;
        return glyph >= offset;
    }

    private ushort Shift(ushort own) => (ushort)(own + offset);

    private bool FromFallback(bool found, ushort own, out ushort glyph)
    {
        glyph = found ? Shift(own) : (ushort)0;
        return found;
    }
}
