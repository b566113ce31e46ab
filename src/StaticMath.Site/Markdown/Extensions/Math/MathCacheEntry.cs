using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using StaticMath.Math;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// The stored form of one typeset equation: the <see cref="MathResult"/> written field by field (no JSON, no property
/// names), Brotli-compressed (the SVG and its line pieces repeat the same <c>&lt;use&gt;</c> elements), behind an
/// XxHash3 checksum so a damaged entry is a miss and never wrong SVG. Glyph outlines are not in it: shared-glyph SVGs
/// only reference them by id.
/// </summary>
internal static class MathCacheEntry
{
    private const int ChecksumBytes = sizeof(ulong);
    private const int HeaderBytes = ChecksumBytes + sizeof(int);
    // Far above any real equation's entry; a larger length in a header is damage.
    private const int MaxPayloadBytes = 64 << 20;
    private const int BrotliQuality = 5;
    // Entries are a few KB: a small window costs nothing in size and keeps the encoder's set-up cheap.
    private const int BrotliWindow = 16;

    public static byte[] Encode(MathResult result)
    {
        var payload = Serialize(result);
        var buffer = new byte[HeaderBytes + BrotliEncoder.GetMaxCompressedLength(payload.Length)];
        if (!BrotliEncoder.TryCompress(payload, buffer.AsSpan(HeaderBytes), out var written, BrotliQuality, BrotliWindow))
        {
            throw new InvalidOperationException("Brotli could not compress a math cache entry into its maximal size");
        }

        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(ChecksumBytes), payload.Length);
        var entry = buffer[..(HeaderBytes + written)];
        BinaryPrimitives.WriteUInt64LittleEndian(entry, XxHash3.HashToUInt64(entry.AsSpan(ChecksumBytes)));
        return entry;
    }

    /// <summary>False for anything that is not an intact entry of this format (truncated, flipped bits, garbage).</summary>
    public static bool TryDecode(ReadOnlySpan<byte> stored, out MathResult result)
    {
        result = null!;
        if (stored.Length <= HeaderBytes
            || BinaryPrimitives.ReadUInt64LittleEndian(stored) != XxHash3.HashToUInt64(stored[ChecksumBytes..]))
        {
            return false;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(stored[ChecksumBytes..]);
        if (length is <= 0 or > MaxPayloadBytes)
        {
            return false;
        }

        var payload = new byte[length];
        if (!BrotliDecoder.TryDecompress(stored[HeaderBytes..], payload, out var written) || written != length)
        {
            return false;
        }

        try
        {
            using var stream = new MemoryStream(payload, writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            result = Deserialize(reader);
            return stream.Position == stream.Length;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or FormatException or ArgumentException)
        {
            return false;
        }
    }

    private static byte[] Serialize(MathResult result)
    {
        using var stream = new MemoryStream(2048);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(result.Svg);
            writer.Write(result.WidthEm);
            writer.Write(result.HeightEm);
            writer.Write(result.DepthEm);
            WriteList(writer, result.Errors, WriteError);
            WriteList(writer, result.Warnings, WriteError);
            WriteList(writer, result.Rows, WriteRow);
            WriteOptional(writer, result.Environment);
            WriteList(writer, result.LinePieces, WritePiece);
            WriteList(writer, result.GlyphIds, (w, id) => w.Write(id));
        }

        return stream.ToArray();
    }

    private static MathResult Deserialize(BinaryReader reader) => new()
    {
        Svg = reader.ReadString(),
        WidthEm = reader.ReadDouble(),
        HeightEm = reader.ReadDouble(),
        DepthEm = reader.ReadDouble(),
        Errors = ReadList(reader, ReadError),
        Warnings = ReadList(reader, ReadError),
        Rows = ReadList(reader, ReadRow),
        Environment = ReadOptional(reader),
        LinePieces = ReadList(reader, ReadPiece),
        GlyphIds = ReadList(reader, r => r.ReadString()),
    };

    private static void WriteError(BinaryWriter writer, MathError error)
    {
        writer.Write7BitEncodedInt(error.Offset);
        writer.Write(error.Message);
        writer.Write7BitEncodedInt(error.Length);
        WriteOptional(writer, error.Code);
        writer.Write(error.IsLocal);
    }

    private static MathError ReadError(BinaryReader reader) =>
        new(reader.ReadInt7BitEncodedNonNegative(), reader.ReadString(), reader.ReadInt7BitEncodedNonNegative())
        {
            Code = ReadOptional(reader),
            IsLocal = reader.ReadBoolean(),
        };

    private static void WriteRow(BinaryWriter writer, MathEquationRow row)
    {
        WriteOptional(writer, row.Tag);
        writer.Write(row.TagIsStarred);
        WriteOptional(writer, row.Label);
        writer.Write(row.AutoNumbered);
        writer.Write(row.NoNumber);
        writer.Write(row.CenterFromTopEm);
        writer.Write(row.BaselineFromTopEm);
    }

    private static MathEquationRow ReadRow(BinaryReader reader) =>
        new(ReadOptional(reader), reader.ReadBoolean(), ReadOptional(reader), reader.ReadBoolean(), reader.ReadBoolean(),
            reader.ReadDouble(), reader.ReadDouble());

    private static void WritePiece(BinaryWriter writer, MathLinePiece piece)
    {
        writer.Write(piece.Svg);
        writer.Write(piece.WidthEm);
        writer.Write(piece.HeightEm);
        writer.Write(piece.DepthEm);
    }

    private static MathLinePiece ReadPiece(BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());

    private static void WriteList<T>(BinaryWriter writer, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        writer.Write7BitEncodedInt(items.Count);
        foreach (var item in items)
        {
            write(writer, item);
        }
    }

    private static T[] ReadList<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadInt7BitEncodedNonNegative();
        // Every item takes at least one byte: a count larger than what is left is damage, not a reason to allocate.
        if (count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException("list longer than the entry");
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = read(reader);
        }

        return items;
    }

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static int ReadInt7BitEncodedNonNegative(this BinaryReader reader) =>
        reader.Read7BitEncodedInt() is var value and >= 0 ? value : throw new InvalidDataException("negative count");
}
