using System.Globalization;
using System.Text.RegularExpressions;
using StaticMath.Math.OpenType;

namespace StaticMath.Math.Tests.OpenType;

public class GlyphMetricsAndOutlineTests
{
    private static readonly OpenTypeMathFont Font = OpenTypeMathFont.LatinModern;

    [Theory]
    [InlineData('x', 89)]
    [InlineData('(', 9)]
    [InlineData(0x1D434, 1270)] // 𝐴 mathematical italic capital A (astral)
    [InlineData(0x1D453, 1301)] // 𝑓
    [InlineData(0x2211, 3060)] // ∑
    public void CodePointsMapToTheirGlyphs(int codePoint, int glyph)
    {
        Assert.True(Font.TryGetGlyph(codePoint, out var actual));
        Assert.Equal(glyph, actual);
    }

    [Theory]
    [InlineData(0xE000)]
    [InlineData(0x10FFFD)]
    [InlineData(-1)]
    public void UnmappedCodePointsReportFalse(int codePoint) => Assert.False(Font.TryGetGlyph(codePoint, out _));

    [Fact]
    public void MetricsAreInFontUnitsWithYUp()
    {
        // hmtx advance and CFF bounds (fontTools): x 528, (12,0)-(516,431); p (28,-194)-(521,442); ( (101,-248)-(332,748).
        Assert.Equal(new GlyphMetrics(528, 12, 0, 516, 431), Font.GetMetrics(89));
        Assert.Equal(new GlyphMetrics(556, 28, -194, 521, 442), Font.GetMetrics(81));
        var paren = Font.GetMetrics(9);
        Assert.Equal((389, 748, 248), (paren.Advance, paren.Ascent, paren.Descent));
        Assert.Equal(332, Font.GetMetrics(1).Advance); // space: blank, advance only
        Assert.Equal((0, 0), (Font.GetMetrics(1).Ascent, Font.GetMetrics(1).Descent));
    }

    [Fact]
    public void OutlineOfXIsCompactSvgPathDataWithYDown()
    {
        var path = Font.GetOutlinePath(89);
        Assert.StartsWith("M", path);
        Assert.EndsWith("Z", path);
        Assert.Matches(new Regex("^[MLQCZ0-9 .-]+$"), path);
        var numbers = Regex.Matches(path, "-?[0-9.]+").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        var ys = numbers.Where((_, i) => i % 2 == 1).ToList();
        // 'x' sits on the baseline and rises to 431: in y-down coordinates its ink spans -431..0.
        Assert.Equal(-431, ys.Min(), 0.5);
        Assert.Equal(0, ys.Max(), 0.5);
        Assert.Same(path, Font.GetOutlinePath(89));
    }

    [Fact]
    public void DescenderGoesBelowTheBaselineAsPositiveY()
    {
        var ys = Regex.Matches(Font.GetOutlinePath(81), "-?[0-9.]+").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture))
            .Where((_, i) => i % 2 == 1).ToList();
        Assert.Equal(194, ys.Max(), 0.5);
    }

    [Fact]
    public void BlankGlyphHasEmptyOutline() => Assert.Equal("", Font.GetOutlinePath(1));

    [Fact]
    public void ParallelOutlineRequestsOnAFreshFontGiveTheSameStringsAsSequentialOnes()
    {
        var fresh = new OpenTypeMathFont("LMM", RawFontFile.LatinModern.Bytes);
        var glyphs = Enumerable.Range(0, 400).Select(i => (ushort)(i * 11 % Font.GlyphCount)).ToArray();
        var parallel = new string[glyphs.Length * 4];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => parallel[i] = fresh.GetOutlinePath(glyphs[i % glyphs.Length]));
        var other = new OpenTypeMathFont("LMM", RawFontFile.LatinModern.Bytes);
        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(other.GetOutlinePath(glyphs[i % glyphs.Length]), parallel[i]);
        }
    }

    [Fact]
    public void FontDataWithoutMathTableIsRejected()
    {
        Assert.ThrowsAny<Exception>(() => new OpenTypeMathFont("bad", [1, 2, 3, 4]));
    }
}
