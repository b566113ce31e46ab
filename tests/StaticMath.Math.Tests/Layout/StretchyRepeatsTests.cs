using CsCheck;
using StaticMath.Math.Layout;
using StaticMath.Math.OpenType;

namespace StaticMath.Math.Tests.Layout;

/// <summary>How many times an assembly repeats its extenders: solved, not searched, with the search's answers.</summary>
public class StretchyRepeatsTests
{
    /// <summary>The definition: try 0, 1, 2… repetitions (1 without extenders) until the longest assembly reaches the target.</summary>
    private static int BySearch(IReadOnlyList<GlyphPart> parts, double target, int minOverlap)
    {
        var hasExtender = parts.Any(p => p.IsExtender);
        for (var repeats = hasExtender ? 0 : 1; ; repeats++)
        {
            var count = parts.Sum(p => p.IsExtender ? repeats : 1);
            var longest = parts.Sum(p => (double)p.FullAdvance * (p.IsExtender ? repeats : 1)) - (count - 1) * (double)minOverlap;
            if (longest >= target || !hasExtender || repeats >= 1000)
            {
                return repeats;
            }
        }
    }

    private static readonly Gen<GlyphPart> Part =
        Gen.Select(Gen.Int[0, 3000], Gen.Bool, (advance, extender) => new GlyphPart(1, 0, 0, advance, extender));

    private static readonly Gen<double> Target = Gen.OneOf(
        Gen.Int[-1000, 400_000].Select(i => (double)i),
        Gen.Double[-1e4, 1e7],
        Gen.OneOf(Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity), Gen.Const(0.0)));

    [Fact]
    public void SolvedCountIsTheSearchedCount()
    {
        Gen.Select(Part.Array[1, 6], Target, Gen.Int[0, 400]).Sample((parts, target, minOverlap) =>
            Assert.Equal(BySearch(parts, target, minOverlap), StretchyGlyphs.FewestRepeats(parts, target, minOverlap)));
    }

    [Theory]
    [InlineData(3000, 5)] // the parenthesis of the layout tests: 500-unit parts, overlap 20 → 2 ends + 5 extenders
    [InlineData(980, 0)]  // the two ends alone reach it
    [InlineData(981, 1)]
    [InlineData(1e12, 1000)] // absurd sizes stop at the bound
    public void KnownCounts(double target, int expected)
    {
        GlyphPart[] parts = [new(1, 0, 0, 500, false), new(2, 0, 0, 500, true), new(3, 0, 0, 500, false)];
        Assert.Equal(expected, StretchyGlyphs.FewestRepeats(parts, target, 20));
        Assert.Equal(expected, BySearch(parts, target, 20));
    }

    [Fact]
    public void ExtendersThatCannotGrowTheAssemblyStopAtTheBound()
    {
        // Overlap as long as the extender: repeating it adds nothing, so only the bound ends the count.
        GlyphPart[] parts = [new(1, 0, 0, 500, false), new(2, 0, 0, 100, true)];
        Assert.Equal(1000, StretchyGlyphs.FewestRepeats(parts, 2000, 100));
        Assert.Equal(0, StretchyGlyphs.FewestRepeats(parts, 500, 100));
    }
}
