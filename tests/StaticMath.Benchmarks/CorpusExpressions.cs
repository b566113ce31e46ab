using System.Text.Json;
using StaticMath.Math;

namespace StaticMath.Benchmarks;

/// <summary>The expressions of a JSON-lines file (<c>{"tex","display"}</c>, from <c>shared/tools/extract-math.py</c>) named by
/// <c>STATICMATH_BENCH_EXPRESSIONS</c>; empty when it is not set.</summary>
internal static class CorpusExpressions
{
    /// <summary>Expressions per corpus invocation (the file's lines, cycled): fixed so OperationsPerInvoke is exact.</summary>
    public const int Size = 1376;

    public static (string Tex, MathMode Mode)[] Load()
    {
        var path = Environment.GetEnvironmentVariable("STATICMATH_BENCH_EXPRESSIONS");
        if (path is null)
            return [];

        return File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l =>
        {
            using var item = JsonDocument.Parse(l);
            var root = item.RootElement;
            var display = root.TryGetProperty("display", out var d) && d.ValueKind == JsonValueKind.True;
            return (root.GetProperty("tex").GetString()!, display ? MathMode.Display : MathMode.Inline);
        }).ToArray();
    }
}
