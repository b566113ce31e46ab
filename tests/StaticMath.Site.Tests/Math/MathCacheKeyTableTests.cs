using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

public sealed class MathCacheKeyTableTests
{
    [Theory]
    [InlineData(1, false, 0)]
    [InlineData(2, true, 0)]
    [InlineData(3, false, 0)]
    [InlineData(4, false, 20_000)]
    public void Answers_as_a_dictionary_does_through_growth_replacements_and_marks(int seed, bool keysAlikeInTheirLowBits, int expectedKeys)
    {
        var random = new Random(seed);
        var table = new MathCacheKeyTable(expectedKeys);
        var model = new Dictionary<string, (long Row, long Used)>();
        var keys = new List<byte[]>();
        for (var step = 0; step < 40_000; step++)
        {
            var key = keys.Count > 0 && random.Next(3) == 0 ? keys[random.Next(keys.Count)] : NewKey(random, keysAlikeInTheirLowBits);
            switch (random.Next(4))
            {
                case 0 or 1:
                    var row = random.NextInt64(1, long.MaxValue);
                    var used = random.NextInt64(0, 2_000_000_000);
                    table.Set(key, row, used);
                    model[Convert.ToHexString(key)] = (row, used);
                    keys.Add(key);
                    break;
                case 2:
                    var mark = random.NextInt64(0, 2_000_000_000);
                    table.Touch(key, mark);
                    if (model.TryGetValue(Convert.ToHexString(key), out var held)) model[Convert.ToHexString(key)] = (held.Row, mark);
                    break;
                default:
                    var found = table.TryGet(key, out var foundRow, out var foundUsed);
                    Assert.Equal(model.TryGetValue(Convert.ToHexString(key), out var expected), found);
                    Assert.Equal(expected, (foundRow, foundUsed));
                    break;
            }
        }

        Assert.Equal(model.Count, table.Count);
        foreach (var key in keys)
        {
            Assert.True(table.TryGet(key, out var row, out var used));
            Assert.Equal(model[Convert.ToHexString(key)], (row, used));
        }
    }

    [Fact]
    public void Keeps_no_row_below_one_and_no_key_of_another_length()
    {
        var table = new MathCacheKeyTable();
        var key = new byte[MathCacheKeyTable.KeyBytes];
        key[3] = 7;
        table.Set(key, 0, 5);
        table.Set(key, -4, 5);
        table.Set(new byte[15], 9, 5);
        table.Set(new byte[17], 9, 5);

        Assert.Equal(0, table.Count);
        Assert.False(table.TryGet(key, out _, out _));
        Assert.False(table.TryGet(new byte[15], out _, out _));
        Assert.False(table.TryGet([], out _, out _));
    }

    private static byte[] NewKey(Random random, bool alikeInLowBits)
    {
        var key = new byte[MathCacheKeyTable.KeyBytes];
        // Alike: only a few bits vary, all in the high half; the table must still tell the keys apart.
        if (alikeInLowBits) key[8 + random.Next(8)] = (byte)random.Next(256);
        else random.NextBytes(key);
        return key;
    }
}
