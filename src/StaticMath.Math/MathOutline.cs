using StaticMath.Math.Syntax;

namespace StaticMath.Math;

/// <summary>
/// What parsing an expression tells its caller before typesetting, when it is known without parsing it (see
/// <see cref="MathSession.OutlineWithoutParse"/>): the same key, rows and environment as <see cref="ParsedMath"/>.
/// </summary>
public sealed record MathOutline(string CacheKey, IReadOnlyList<ArrayRowInfo> Rows, string? Environment);
