using StaticMath.Math.Syntax;

namespace StaticMath.Math;

/// <summary>
/// A parsed expression, ready to typeset. Parsing is cheap and applies the expression's macro definitions to its
/// session, so a page can parse every equation (for labels, numbering and cache keys) and typeset only cache misses.
/// </summary>
public sealed record ParsedMath
{
    public required string Tex { get; init; }
    public required MathMode Mode { get; init; }
    public required MathNode Root { get; init; }
    public IReadOnlyList<MathError> Errors { get; init; } = [];
    /// <summary>Labels referenced by <c>\ref</c>/<c>\eqref</c> inside the expression (their resolved text belongs in a cache key).</summary>
    public IReadOnlyList<string> ReferencedLabels { get; init; } = [];
    /// <summary>Rows with tags/labels, known after parsing (positions come with typesetting).</summary>
    public IReadOnlyList<ArrayRowInfo> Rows { get; init; } = [];
    public string? Environment { get; init; }
    /// <summary>Stable hash of (TeX, mode, macros in scope, font, engine version): the on-disk cache key.</summary>
    public required string CacheKey { get; init; }
}
