namespace StaticMath.Math.OpenType.Tables;

/// <summary>
/// A font table's values by glyph index, in an array indexed by glyph (a font has at most 65,536 glyphs, a math font a
/// few thousand), so a look-up is one array access. Our own type instead of the framework's dictionaries: their
/// instantiations over <c>ushort</c> keys cannot be precompiled into our assembly (ReadyToRun) and were compiled in
/// every process at start-up, half of the time it took to read the fonts. Immutable once built; shared by all threads.
/// </summary>
internal sealed class GlyphMap<T>
{
    private readonly T[] values;
    private readonly bool[] present;

    private GlyphMap(T[] values, bool[] present, int count)
    {
        this.values = values;
        this.present = present;
        Count = count;
    }

    public static GlyphMap<T> Empty { get; } = new([], [], 0);

    /// <summary>Number of glyphs that have a value.</summary>
    public int Count { get; }

    /// <summary>One past the highest glyph that has a value.</summary>
    public int End => present.Length;

    /// <exception cref="KeyNotFoundException">The glyph has no value.</exception>
    public T this[ushort glyph] =>
        TryGetValue(glyph, out var value) ? value : throw new KeyNotFoundException($"glyph {glyph} has no value in this table");

    public bool Contains(ushort glyph) => glyph < present.Length && present[glyph];

    public bool TryGetValue(ushort glyph, out T value)
    {
        if (Contains(glyph))
        {
            value = values[glyph];
            return true;
        }

        value = default!;
        return false;
    }

    public T? GetValueOrDefault(ushort glyph) => Contains(glyph) ? values[glyph] : default;

    /// <summary>Fills a map while a table is read.</summary>
    public sealed class Builder
    {
        private T[] values = [];
        private bool[] present = [];
        private int count;
        private int end;

        /// <summary>Sets the glyph's value; a later value for the same glyph replaces the earlier one.</summary>
        public void Set(ushort glyph, T value)
        {
            if (!TryAdd(glyph, value))
            {
                values[glyph] = value;
            }
        }

        /// <summary>Sets the glyph's value unless it has one already; false then.</summary>
        public bool TryAdd(ushort glyph, T value)
        {
            if (glyph < present.Length && present[glyph])
            {
                return false;
            }

            if (glyph >= present.Length)
            {
                var length = System.Math.Max(glyph + 1, System.Math.Min(2 * present.Length, ushort.MaxValue + 1));
                Array.Resize(ref values, length);
                Array.Resize(ref present, length);
            }

            values[glyph] = value;
            present[glyph] = true;
            count++;
            end = System.Math.Max(end, glyph + 1);
            return true;
        }

        public GlyphMap<T> ToMap()
        {
            if (count == 0)
            {
                return Empty;
            }

            Array.Resize(ref values, end);
            Array.Resize(ref present, end);
            return new GlyphMap<T>(values, present, count);
        }
    }
}
