namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Where a thread's new cache entries wait for the save at the build's end: one after another in large chunks, not an
/// array each. They live until the end of the build, so the garbage collector copied each small array from
/// generation to generation (a cold 1,000-post build encodes 267,398 of them, 170 MB). A chunk is allocated pinned,
/// where the collector never moves objects (at 1 MB it is below the large-object threshold the tool sets, so unpinned
/// it was still copied), and is let go with the last entry in it.
/// </summary>
internal sealed class MathCacheEntryArena
{
    private const int ChunkBytes = 1 << 20;
    // A larger entry gets an array of its own, so a chunk never leaves more than this unused at its end.
    private const int LargestShared = ChunkBytes / 16;

    [ThreadStatic] private static MathCacheEntryArena? t_current;

    private byte[] _chunk = [];
    private int _used;

    /// <summary>This thread's arena (it is not safe to share).</summary>
    public static MathCacheEntryArena ForThisThread() => t_current ??= new MathCacheEntryArena();

    /// <summary>Room for <paramref name="length"/> bytes, for the caller to fill; it stays valid while referenced.</summary>
    public Memory<byte> Allocate(int length)
    {
        if (length > LargestShared) return GC.AllocateUninitializedArray<byte>(length);
        if (_chunk.Length - _used < length)
        {
            _chunk = GC.AllocateUninitializedArray<byte>(ChunkBytes, pinned: true);
            _used = 0;
        }

        var room = _chunk.AsMemory(_used, length);
        _used += length;
        return room;
    }
}
