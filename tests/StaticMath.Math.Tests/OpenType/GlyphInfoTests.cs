using StaticMath.Math.OpenType;

namespace StaticMath.Math.Tests.OpenType;

public class GlyphInfoTests
{
    private static readonly OpenTypeMathFont Font = OpenTypeMathFont.LatinModern;

    private static ushort Glyph(int codePoint)
    {
        Assert.True(Font.TryGetGlyph(codePoint, out var glyph), $"U+{codePoint:X4} missing");
        return glyph;
    }

    [Fact]
    public void MathItalicSmallFHasItsItalicCorrection()
    {
        // 𝑓 (U+1D453) and ∫: MathItalicsCorrectionInfo values 90 and 332 (fontTools).
        Assert.Equal(90, Font.GetItalicCorrection(Glyph(0x1D453)));
        Assert.Equal(332, Font.GetItalicCorrection(Glyph(0x222B)));
        Assert.Equal(0, Font.GetItalicCorrection(Glyph('1')));
    }

    [Fact]
    public void TopAccentAttachmentIsReadAndAbsentValuesAreNull()
    {
        Assert.Equal(550, Font.GetTopAccentAttachment(Glyph(0x1D434)));
        Assert.Equal(258, Font.GetTopAccentAttachment(Glyph('x')));
        Assert.Null(Font.GetTopAccentAttachment(Glyph(' ')));
    }

    [Fact]
    public void ItalicCorrectionMatchesRawCoverageAndValueRecord()
    {
        var raw = RawFontFile.LatinModern;
        var math = raw.TableOffset("MATH");
        var glyphInfo = math + raw.U16(math + 6);
        var italic = glyphInfo + raw.U16(glyphInfo);
        var coverage = italic + raw.U16(italic);
        // Walk the raw coverage (either format) to the first glyph and compare its value record.
        var format = raw.U16(coverage);
        var firstGlyph = format == 1 ? raw.U16(coverage + 4) : raw.U16(coverage + 4);
        Assert.Equal(raw.I16(italic + 4), Font.GetItalicCorrection(firstGlyph));
    }

    [Fact]
    public void LargeDelimiterVariantsAreExtendedShapesButTheBaseParenthesisIsNot()
    {
        var paren = Glyph('(');
        Assert.False(Font.IsExtendedShape(paren));
        var variants = Font.GetVariants(paren, vertical: true);
        Assert.True(Font.IsExtendedShape(variants[^1].Glyph));
    }

    [Fact]
    public void FontWithoutMathKernInfoGivesZeroCutIns()
    {
        // Latin Modern Math ships no MathKernInfo subtable.
        Assert.Equal(0, Font.GetKern(Glyph(0x1D453), MathKernCorner.TopRight, 500));
        Assert.Null(Font.GetKernInfo(Glyph(0x1D453)));
    }

    [Theory]
    [InlineData(-100, 10)]
    [InlineData(99, 10)]
    [InlineData(100, 20)]
    [InlineData(250, 20)]
    [InlineData(300, 30)]
    [InlineData(5000, 30)]
    public void MathKernPicksTheStepForTheHeight(int height, int expected)
    {
        var kern = new MathKern([100, 300], [10, 20, 30]);
        Assert.Equal(expected, kern.KernAt(height));
    }
}
