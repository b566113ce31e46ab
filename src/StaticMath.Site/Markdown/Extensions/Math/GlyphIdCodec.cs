using System.Globalization;
using System.Numerics;
using System.Text;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// An equation's glyph ids in its cache entry. The engine names a glyph by its font's prefix and its number
/// ("g-LMM-1234"), so an entry stores each id as that number, after its prefix written once for a run of ids that share
/// it (an equation's ids are sorted); an id of any other shape is stored as it is. Reading gives each id the string
/// this thread's entries share for it, from a table indexed by the number: a warm 1,000-post build reads four million
/// ids of a few hundred glyphs, and looking each up by its bytes was a quarter of decoding an entry.
/// </summary>
internal static class GlyphIdCodec
{
    // What comes before each id.
    private const byte AsWritten = 0;
    private const byte SamePrefix = 1;
    private const byte NewPrefix = 2;

    // Glyph numbers are 16-bit in OpenType; a larger number is written as it is (and read as damage if numbered).
    private const int MaxNumber = ushort.MaxValue;
    private const int MaxNumberDigits = 5;

    public static void Write(BinaryWriter writer, IReadOnlyList<string> ids)
    {
        writer.Write7BitEncodedInt(ids.Count);
        string? prefix = null;
        foreach (var id in ids)
        {
            if (!TrySplit(id, out var prefixLength, out var number))
            {
                writer.Write(AsWritten);
                writer.Write(id);
                continue;
            }

            if (prefix is not null && id.AsSpan(0, prefixLength).SequenceEqual(prefix)) writer.Write(SamePrefix);
            else
            {
                prefix = id[..prefixLength];
                writer.Write(NewPrefix);
                writer.Write(prefix);
            }

            writer.Write7BitEncodedInt(number);
        }
    }

    /// <exception cref="InvalidDataException">Not what <see cref="Write"/> wrote.</exception>
    public static string[] Read(ref MathCacheEntry.EntryReader reader)
    {
        var count = reader.ReadCount();
        if (count == 0) return [];
        var ids = new string[count];
        PrefixTable? table = null;
        for (var i = 0; i < ids.Length; i++)
        {
            switch (reader.ReadByte())
            {
                case AsWritten:
                    ids[i] = reader.ReadString();
                    break;
                case NewPrefix:
                    table = PrefixTable.For(reader.ReadStringSpan());
                    ids[i] = table.Id(reader.ReadNumber());
                    break;
                case SamePrefix when table is not null:
                    ids[i] = table.Id(reader.ReadNumber());
                    break;
                default:
                    throw new InvalidDataException("not a glyph id");
            }
        }

        return ids;
    }

    /// <summary>Whether <paramref name="id"/> is a prefix ending in '-' and a number written as
    /// <see cref="int.ToString(IFormatProvider)"/> writes it (no sign, no leading zero), which reading gives back.</summary>
    internal static bool TrySplit(string id, out int prefixLength, out int number)
    {
        prefixLength = id.LastIndexOf('-') + 1;
        number = 0;
        var digits = id.AsSpan(prefixLength);
        if (prefixLength == 0 || digits.Length is 0 or > MaxNumberDigits || digits[0] == '0' && digits.Length > 1) return false;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit(digit)) return false;
            number = number * 10 + (digit - '0');
        }

        return number <= MaxNumber;
    }

    /// <summary>One prefix's ids made so far on this thread, by number.</summary>
    private sealed class PrefixTable
    {
        // A site uses one or two fonts; a store of odd entries cannot make a thread keep more tables than this.
        private const int MaxKeptPerThread = 16;
        [ThreadStatic] private static List<PrefixTable>? t_kept;

        private readonly byte[] _utf8Prefix;
        private readonly string _prefix;
        private string?[] _ids = new string?[256];

        private PrefixTable(ReadOnlySpan<byte> utf8Prefix)
        {
            _utf8Prefix = utf8Prefix.ToArray();
            _prefix = Encoding.UTF8.GetString(utf8Prefix);
        }

        public static PrefixTable For(ReadOnlySpan<byte> utf8Prefix)
        {
            var kept = t_kept ??= [];
            foreach (var known in kept)
            {
                if (known._utf8Prefix.AsSpan().SequenceEqual(utf8Prefix)) return known;
            }

            var table = new PrefixTable(utf8Prefix);
            if (kept.Count < MaxKeptPerThread) kept.Add(table);
            return table;
        }

        public string Id(int number)
        {
            if (number > MaxNumber) throw new InvalidDataException("glyph number out of range");
            if (number >= _ids.Length) Array.Resize(ref _ids, (int)BitOperations.RoundUpToPowerOf2((uint)number + 1));
            return _ids[number] ??= _prefix + number.ToString(CultureInfo.InvariantCulture);
        }
    }
}
