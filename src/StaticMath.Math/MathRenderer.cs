using StaticMath.Math.OpenType;

namespace StaticMath.Math;

/// <summary>
/// The engine's entry point. One instance per process (or per font) is shared by all threads: it holds the parsed
/// font and glyph outline cache, both immutable or concurrent. Per-page state (macros) lives in <see cref="MathSession"/>.
/// </summary>
public sealed class MathRenderer
{
    /// <summary>The default renderer: the embedded Latin Modern Math font, with the embedded STIX Math for the
    /// characters it lacks; created on first use.</summary>
    public static MathRenderer Default => DefaultRenderer.Value;

    private static readonly Lazy<MathRenderer> DefaultRenderer =
        new(() => new MathRenderer(FallbackMathFont.LatinModernWithStix), LazyThreadSafetyMode.ExecutionAndPublication);

    public MathRenderer(IMathFont font) => Font = font;

    public IMathFont Font { get; }

    /// <summary>A session for one page: macro definitions made by one expression stay in force for later ones.</summary>
    public MathSession CreateSession(MathRenderOptions? options = null) => new(this, options ?? new MathRenderOptions());

    /// <summary>Renders one standalone expression. Never throws for bad TeX: errors come back in the result.</summary>
    public MathResult Render(string tex, MathMode mode, MathRenderOptions? options = null) =>
        CreateSession(options).Render(tex, mode);

    /// <summary>A hidden <c>&lt;svg&gt;</c> holding <c>&lt;defs&gt;</c> for the given glyph ids (sorted, deterministic), for a page using
    /// <see cref="GlyphMode.SharedDefinitions"/>.</summary>
    public string RenderGlyphDefinitions(IEnumerable<string> glyphIds) => Svg.GlyphDefinitionsWriter.Write(Font, glyphIds);
}
