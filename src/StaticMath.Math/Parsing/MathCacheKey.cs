using System.IO.Hashing;
using System.Text;
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
        var text = string.Concat(
            "tex\u0000", tex,
            "\u0000mode\u0000", mode == MathMode.Display ? "display" : "inline",
            "\u0000scope\u0000", scope.Digest,
            "\u0000font\u0000", fontId,
            "\u0000engine\u0000", engineStamp);
        // Not a cryptographic hash: it names an equation in a local cache, where 128 bits keep collisions out of reach,
        // and SHA-256 through the OS's library cost ~3 µs a call (~5% of a warm build, one call per equation).
        return Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(text)));
    }
}
