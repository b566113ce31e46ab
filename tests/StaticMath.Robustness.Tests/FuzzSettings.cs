namespace StaticMath.Robustness.Tests;

/// <summary>
/// How many random cases the property tests run: a few hundred each in <c>dotnet test</c>; set
/// <c>STATICMATH_FUZZ_ITERATIONS</c> for a long run (<c>scripts/fuzz.sh</c>). A failing case prints its CsCheck seed.
/// </summary>
internal static class FuzzSettings
{
    public static long Iterations(long normal) =>
        long.TryParse(Environment.GetEnvironmentVariable("STATICMATH_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : normal;
}
