using StaticMath.Math.OpenType.Tables;

namespace StaticMath.Math.Tests.OpenType;

public class GlyphMapTests
{
    [Fact]
    public void SetReplacesAndTryAddKeepsTheFirstValue()
    {
        var builder = new GlyphMap<int>.Builder();
        builder.Set(300, 1);
        builder.Set(300, 2);
        Assert.True(builder.TryAdd(7, 10));
        Assert.False(builder.TryAdd(7, 11));
        var map = builder.ToMap();

        Assert.Equal(2, map.Count);
        Assert.Equal(2, map[300]);
        Assert.Equal(10, map[7]);
        Assert.Equal(301, map.End);
    }

    [Fact]
    public void GlyphsWithoutAValueAreAbsentAtAnyIndex()
    {
        var builder = new GlyphMap<int>.Builder();
        builder.Set(5, 0);
        var map = builder.ToMap();

        Assert.True(map.Contains(5));
        Assert.True(map.TryGetValue(5, out var zero));
        Assert.Equal(0, zero);
        Assert.False(map.Contains(4));
        Assert.False(map.TryGetValue(6, out _));
        Assert.False(map.Contains(ushort.MaxValue));
        Assert.Equal(0, map.GetValueOrDefault(ushort.MaxValue));
        Assert.Throws<KeyNotFoundException>(() => map[4]);
        Assert.Equal(0, new GlyphMap<string>.Builder().ToMap().Count);
        Assert.False(GlyphMap<string>.Empty.Contains(0));
    }

    [Fact]
    public void TheHighestGlyphIndexCanHoldAValue()
    {
        var builder = new GlyphMap<string>.Builder();
        builder.Set(ushort.MaxValue, "last");
        Assert.Equal("last", builder.ToMap()[ushort.MaxValue]);
        Assert.True(new GlyphSet([ushort.MaxValue, 3]).Contains(ushort.MaxValue));
        Assert.False(new GlyphSet([ushort.MaxValue, 3]).Contains(4));
    }
}
