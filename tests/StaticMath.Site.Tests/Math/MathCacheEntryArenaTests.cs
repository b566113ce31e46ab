using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

public sealed class MathCacheEntryArenaTests
{
    [Fact]
    public void Entries_written_one_after_another_keep_their_own_bytes_across_chunks()
    {
        var arena = new MathCacheEntryArena();
        var random = new Random(7);
        var written = new List<(Memory<byte> Room, byte[] Bytes)>();
        // Sizes from empty to past the largest shared one, enough of them to fill several chunks.
        foreach (var length in Enumerable.Range(0, 3_000).Select(_ => random.Next(4) == 0 ? random.Next(60_000, 70_000) : random.Next(0, 4_000)))
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            var room = arena.Allocate(length);
            Assert.Equal(length, room.Length);
            bytes.CopyTo(room);
            written.Add((room, bytes));
        }

        Assert.All(written, entry => Assert.Equal(entry.Bytes, entry.Room.ToArray()));
    }

    [Fact]
    public void An_entry_larger_than_a_shared_one_gets_an_array_of_its_own_and_small_ones_share_one()
    {
        var arena = new MathCacheEntryArena();
        var small = arena.Allocate(100);
        var next = arena.Allocate(100);
        var large = arena.Allocate(1 << 17);
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(small, out var smallArray));
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(next, out var nextArray));
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(large, out var largeArray));
        Assert.Same(smallArray.Array, nextArray.Array);
        Assert.Equal(smallArray.Offset + 100, nextArray.Offset);
        Assert.Equal(1 << 17, largeArray.Array!.Length);
    }
}
