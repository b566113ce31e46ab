using StaticMath.Math.OpenType.Tables;

namespace StaticMath.Math.Tests.OpenType;

public class CoverageTableTests
{
    [Fact]
    public void FormatOneListsGlyphsInCoverageOrder()
    {
        byte[] table = [0, 1, 0, 3, 0, 5, 0, 9, 1, 0];
        Assert.Equal([(ushort)5, (ushort)9, (ushort)256], CoverageTable.Read(new BigEndianReader(table), 0));
    }

    [Fact]
    public void FormatTwoExpandsRangesAtTheirStartIndices()
    {
        // Two ranges: 10..12 from index 0, 20..21 from index 3.
        byte[] table = [0, 2, 0, 2, 0, 10, 0, 12, 0, 0, 0, 20, 0, 21, 0, 3];
        Assert.Equal([(ushort)10, (ushort)11, (ushort)12, (ushort)20, (ushort)21], CoverageTable.Read(new BigEndianReader(table), 0));
    }

    [Fact]
    public void FormatTwoRangesMayComeInAnyIndexOrderAndLeaveGaps()
    {
        // 30..30 at index 4, then 10..11 from index 0; indices 2 and 3 belong to no range; 9..8 is empty.
        byte[] table = [0, 2, 0, 3, 0, 30, 0, 30, 0, 4, 0, 10, 0, 11, 0, 0, 0, 9, 0, 8, 0, 7];
        Assert.Equal([(ushort)10, (ushort)11, (ushort)0, (ushort)0, (ushort)30], CoverageTable.Read(new BigEndianReader(table), 0));
    }

    [Fact]
    public void UnknownFormatAndTruncatedDataAreRejected()
    {
        Assert.Throws<StaticMath.Math.OpenType.InvalidFontDataException>(() => CoverageTable.Read(new BigEndianReader([0, 3, 0, 0]), 0));
        Assert.Throws<StaticMath.Math.OpenType.InvalidFontDataException>(() => CoverageTable.Read(new BigEndianReader([0, 1, 0, 4, 0, 1]), 0));
    }
}
