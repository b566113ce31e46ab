using StaticMath.Math.Parsing.Macros;

namespace StaticMath.Math.Parsing;

/// <summary>
/// The on-disk cache key of an expression: XXH3-128 (lower-case hex) of the TeX, the mode, every macro and colour
/// definition in scope (serialised in ordinal order, see <see cref="MacroScope.Digest"/>), the font id and the
/// engine's build stamp (<see cref="MathEngineInfo.BuildStamp"/>, which changes with every change to the engine).
/// Anything that can change the output is in it; nothing that depends on render order is.
/// </summary>
internal static class MathCacheKey
{
    public static string Compute(string tex, MathMode mode, MacroScope scope, string fontId) =>
        Compute(tex, mode, scope, fontId, MathEngineInfo.BuildStamp);

    public static string Compute(string tex, MathMode mode, MacroScope scope, string fontId, string engineStamp)
    {
        // Not a cryptographic hash: it names an equation in a local cache, where 128 bits keep collisions out of reach,
        // and SHA-256 through the OS's library cost ~3 µs a call (~5% of a warm build, one call per equation). The
        // parts are hashed as they are, not joined first (that was a string and its UTF-8 per expression).
        var key = Utf8KeyHash.ForThisThread();
        key.Append("tex\u0000").Append(tex)
            .Append("\u0000mode\u0000").Append(mode == MathMode.Display ? "display" : "inline")
            .Append("\u0000scope\u0000").Append(scope.Digest)
            .Append("\u0000font\u0000").Append(fontId)
            .Append("\u0000engine\u0000").Append(engineStamp);
        return key.ToHexAndReset();
    }
}
