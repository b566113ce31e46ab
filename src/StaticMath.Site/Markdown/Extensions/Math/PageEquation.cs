using StaticMath.Math;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>One expression of a page after the first pass: parsed (or failed to parse) and numbered.</summary>
public sealed class PageEquation
{
    public required string Tex { get; init; }
    public required bool IsDisplay { get; init; }
    /// <summary>0-based body line and column of the TeX, for diagnostics; line -1 when unknown.</summary>
    public required int BodyLine { get; init; }
    public required int BodyColumn { get; init; }
    /// <summary>Null when the engine failed outright (see <see cref="Failure"/>), or while the parse is put off (see
    /// <see cref="EngineKey"/>).</summary>
    public ParsedMath? Parsed { get; internal set; }
    public string? Failure { get; internal set; }

    /// <summary>Set instead of <see cref="Parsed"/> for an equation whose parse can tell the page nothing it needs
    /// before typesetting (<see cref="MathSession.OutlineWithoutParse"/>): it is parsed only when it must be typeset,
    /// and not at all when the cache holds it. Set by <see cref="PageMath"/>.</summary>
    internal string? EngineKey { get; set; }
    public IReadOnlyList<NumberedRow> Rows { get; init; } = [];

    /// <summary>The page's math cache key for it, made when <see cref="CacheKeyLabels"/> labels were defined (the key
    /// holds the numbers it references, so it is made again once more labels are known). Set by <see cref="PageMath"/>.</summary>
    internal string? CacheKey { get; set; }
    internal int CacheKeyLabels { get; set; }
}
