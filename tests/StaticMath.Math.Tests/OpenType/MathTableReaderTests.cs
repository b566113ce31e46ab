using StaticMath.Math.OpenType;
using StaticMath.Math.OpenType.Tables;

namespace StaticMath.Math.Tests.OpenType;

/// <summary>MATH table parts Latin Modern Math does not exercise (MathKernInfo), on a hand-built table.</summary>
public class MathTableReaderTests
{
    /// <summary>A MATH table with no constants or variants and a MathGlyphInfo holding only MathKernInfo for glyph 7:
    /// top-right kerns 10 below height 100, 20 up to 300, 30 above; bottom-left constant −5; the other corners absent.</summary>
    private static byte[] BuildMathWithKerns()
    {
        var t = new TableBuilder();
        t.U16(1).U16(0);
        t.U16(0); // no MathConstants
        var glyphInfoField = t.Reserve16();
        t.U16(0); // no MathVariants

        t.PatchOffset16(glyphInfoField, 0);
        var glyphInfo = t.Position;
        t.U16(0).U16(0).U16(0);
        var kernInfoField = t.Reserve16();

        t.PatchOffset16(kernInfoField, glyphInfo);
        var kernInfo = t.Position;
        var coverageField = t.Reserve16();
        t.U16(1);
        var topRight = t.Reserve16();
        t.U16(0);
        t.U16(0);
        var bottomLeft = t.Reserve16();

        t.PatchOffset16(coverageField, kernInfo);
        t.U16(1).U16(1).U16(7);

        t.PatchOffset16(topRight, kernInfo);
        t.U16(2);
        t.U16(100).U16(0).U16(300).U16(0);          // correction heights (MathValueRecords)
        t.U16(10).U16(0).U16(20).U16(0).U16(30).U16(0); // kern values

        t.PatchOffset16(bottomLeft, kernInfo);
        t.U16(0);
        t.U16(unchecked((ushort)-5)).U16(0);
        return t.ToArray();
    }

    [Fact]
    public void KernInfoIsReadPerCornerWithItsHeights()
    {
        var table = MathTableReader.Read(BuildMathWithKerns());
        var info = table.Kerns[7];
        Assert.Equal([100, 300], info.TopRight!.CorrectionHeights);
        Assert.Equal([10, 20, 30], info.TopRight.Kerns);
        Assert.Equal(20, info[MathKernCorner.TopRight]!.KernAt(150));
        Assert.Equal(-5, info[MathKernCorner.BottomLeft]!.KernAt(1000));
        Assert.Null(info.TopLeft);
        Assert.Null(info.BottomRight);
        Assert.Equal(0, table.VerticalConstructions.Count);
        Assert.Equal(0, table.Constants.AxisHeight);
    }

    [Fact]
    public void UnsupportedVersionIsRejected()
    {
        Assert.Throws<InvalidFontDataException>(() => MathTableReader.Read([0, 2, 0, 0, 0, 0, 0, 0, 0, 0]));
    }
}
