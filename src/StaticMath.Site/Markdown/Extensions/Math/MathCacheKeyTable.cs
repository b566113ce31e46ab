using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Stored key → row id and use mark, for <see cref="MathCacheRowIndex"/>: one array of slots, each key in the slot its
/// bits point to or the next free one after it. A warm build looks up every equation of every page here, at random
/// places of a table of a quarter of a million keys, so the cost is the memory it touches: a
/// <see cref="Dictionary{TKey,TValue}"/> reads a bucket, then an entry elsewhere (two or three cache misses, 0.6 µs a
/// look-up inside a build, a sixth of its cache reads); here the key and its values are side by side in one slot.
/// Keys are never removed (an eviction drops the whole index), so the probing needs no tombstones.
/// </summary>
internal sealed class MathCacheKeyTable
{
    public const int KeyBytes = 16;

    // At most three quarters full: probes stay short (the keys are hashes), and a quarter of a million keys fit in
    // 16 MB (at half full they took 32 MB, and loading them took twice as long).
    private Slot[] _slots;
    private int _count;

    /// <param name="expected">How many keys it will likely hold: room is made for them at once.</param>
    public MathCacheKeyTable(int expected = 0) =>
        _slots = new Slot[BitOperations.RoundUpToPowerOf2((uint)System.Math.Max(16, (long)expected * 4 / 3 + 1))];

    public int Count => _count;

    /// <summary>The row and mark of <paramref name="key"/>; false for a key it does not hold (or not of
    /// <see cref="KeyBytes"/> bytes).</summary>
    public bool TryGet(ReadOnlySpan<byte> key, out long row, out long used)
    {
        ref var slot = ref Find(key);
        (row, used) = Unsafe.IsNullRef(ref slot) ? (0, 0) : (slot.Row, slot.Used);
        return !Unsafe.IsNullRef(ref slot);
    }

    /// <summary>Adds or replaces <paramref name="key"/>. Rows are SQLite row ids, which start at 1: a row below 1 (a
    /// damaged file) is not kept, so its entry is a miss.</summary>
    public void Set(ReadOnlySpan<byte> key, long row, long used)
    {
        if (key.Length != KeyBytes || row < 1) return;
        if (_count + 1 > _slots.Length / 4 * 3) Grow();
        if (Place(_slots, Low(key), High(key), row, used)) _count++;
    }

    /// <summary>Sets the use mark of <paramref name="key"/>, if it holds it.</summary>
    public void Touch(ReadOnlySpan<byte> key, long used)
    {
        ref var slot = ref Find(key);
        if (!Unsafe.IsNullRef(ref slot)) slot.Used = used;
    }

    private ref Slot Find(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeyBytes) return ref Unsafe.NullRef<Slot>();
        var (low, high) = (Low(key), High(key));
        var mask = _slots.Length - 1;
        for (var at = Start(low, high, mask); ; at = (at + 1) & mask)
        {
            ref var slot = ref _slots[at];
            if (slot.Row == 0) return ref Unsafe.NullRef<Slot>();
            if (slot.Low == low && slot.High == high) return ref slot;
        }
    }

    /// <summary>True when the key was new.</summary>
    private static bool Place(Slot[] slots, ulong low, ulong high, long row, long used)
    {
        var mask = slots.Length - 1;
        for (var at = Start(low, high, mask); ; at = (at + 1) & mask)
        {
            ref var slot = ref slots[at];
            var isNew = slot.Row == 0;
            if (isNew || slot.Low == low && slot.High == high)
            {
                slot = new Slot { Low = low, High = high, Row = row, Used = used };
                return isNew;
            }
        }
    }

    private void Grow()
    {
        var larger = new Slot[_slots.Length * 2];
        foreach (var slot in _slots)
        {
            if (slot.Row != 0) Place(larger, slot.Low, slot.High, slot.Row, slot.Used);
        }

        _slots = larger;
    }

    // Keys are hashes already; the multiply spreads a file's odd keys (all alike in their low bits) over the table too.
    private static int Start(ulong low, ulong high, int mask) => (int)(((low ^ high) * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    private static ulong Low(ReadOnlySpan<byte> key) => BinaryPrimitives.ReadUInt64LittleEndian(key);

    private static ulong High(ReadOnlySpan<byte> key) => BinaryPrimitives.ReadUInt64LittleEndian(key[sizeof(ulong)..]);

    private struct Slot
    {
        public ulong Low;
        public ulong High;
        // 0: an empty slot.
        public long Row;
        public long Used;
    }
}
