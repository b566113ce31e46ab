using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using K4os.Compression.LZ4;
using StaticMath.Math;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// The stored form of one <see cref="TypesetEquation"/>: its fields written one after the other (no JSON, no property
/// names), the SVGs in their final HTML form only, LZ4-compressed against <see cref="MathCacheDictionary"/> (entries
/// are a few KB of the same SVG phrases: LZ4 decodes one in a microsecond or two, where Brotli took tens, and the
/// dictionary makes them smaller than Brotli did), behind an XxHash3 checksum of the stored bytes, so a damaged
/// entry is a miss and never wrong SVG. Glyph outlines are not in it: shared-glyph SVGs only reference them by id.
/// </summary>
/// <remarks>The checksum covers what is stored (length and compressed bytes), not the decoded fields: decoding intact
/// bytes against a fixed dictionary always gives the same fields, damage is caught before any decoding, and there are a
/// third as many bytes to hash (XXH3 over the decoded bytes was a fifth of a warm build's cache reads).</remarks>
internal static class MathCacheEntry
{
    private const int ChecksumBytes = sizeof(ulong);
    private const int HeaderBytes = ChecksumBytes + sizeof(int);
    // Far above any real equation's entry; a larger length in a header is damage.
    private const int MaxPayloadBytes = 64 << 20;

    /// <summary>The stored form, in this thread's <see cref="MathCacheEntryArena"/> (entries are kept until the save).</summary>
    public static ReadOnlyMemory<byte> Encode(TypesetEquation equation)
    {
        var payload = Serialize(equation);
        var compressed = MathCacheCompressor.ForThisThread().Compress(payload);
        var memory = MathCacheEntryArena.ForThisThread().Allocate(HeaderBytes + compressed.Length);
        var entry = memory.Span;
        BinaryPrimitives.WriteInt32LittleEndian(entry[ChecksumBytes..], payload.Length);
        compressed.CopyTo(entry[HeaderBytes..]);
        BinaryPrimitives.WriteUInt64LittleEndian(entry, XxHash3.HashToUInt64(entry[ChecksumBytes..]));
        return memory;
    }

    /// <summary>False for anything that is not an intact entry of this format (truncated, flipped bits, garbage).</summary>
    public static bool TryDecode(ReadOnlySpan<byte> stored, out TypesetEquation equation)
    {
        equation = null!;
        if (stored.Length <= HeaderBytes || BinaryPrimitives.ReadUInt64LittleEndian(stored) != XxHash3.HashToUInt64(stored[ChecksumBytes..]))
        {
            return false;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(stored[ChecksumBytes..]);
        if (length is <= 0 or > MaxPayloadBytes)
        {
            return false;
        }

        // The entry's own array, not a pooled one: its SVGs stay slices of it (see EquationSvg).
        var payload = GC.AllocateUninitializedArray<byte>(length);
        try
        {
            if (LZ4Codec.Decode(stored[HeaderBytes..], payload, MathCacheDictionary.Bytes.AsSpan()) != length)
            {
                return false;
            }

            var reader = new EntryReader(payload);
            equation = Deserialize(ref reader, payload);
            return reader.AtEnd;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    // The thread's serialisation buffer, reused while it stays small (an equation of megabytes gets its own).
    [ThreadStatic] private static MemoryStream? t_payload;
    private const int KeptPayloadCapacity = 256 << 10;

    /// <summary>The entry's fields; valid until this thread serialises again.</summary>
    private static ReadOnlySpan<byte> Serialize(TypesetEquation equation)
    {
        var result = equation.Result;
        var stream = t_payload is { Capacity: <= KeptPayloadCapacity } kept ? kept : t_payload = new MemoryStream(4096);
        stream.SetLength(0);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            WriteList(writer, equation.Svgs, WriteSvg);
            writer.Write(result.WidthEm);
            writer.Write(result.HeightEm);
            writer.Write(result.DepthEm);
            WriteList(writer, result.Errors, WriteError);
            WriteList(writer, result.Warnings, WriteError);
            WriteList(writer, result.Rows, WriteRow);
            WriteOptional(writer, result.Environment);
            // The pieces' sizes only: their SVGs are in the list above when the page writes them.
            WriteList(writer, result.LinePieces, WritePieceSize);
            GlyphIdCodec.Write(writer, result.GlyphIds);
        }

        return stream.GetBuffer().AsSpan(0, (int)stream.Length);
    }

    private static TypesetEquation Deserialize(ref EntryReader reader, byte[] payload)
    {
        var svgs = new EquationSvg[reader.ReadCount()];
        for (var i = 0; i < svgs.Length; i++)
        {
            var (start, count) = reader.ReadStringBytes();
            var html = payload.AsMemory(start, count);
            svgs[i] = new EquationSvg(html, Encoding.UTF8.GetCharCount(html.Span), reader.ReadOptional(), reader.ReadNumber());
        }

        var (width, height, depth) = (reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
        var errors = ReadErrors(ref reader);
        var warnings = ReadErrors(ref reader);
        var rows = NewArray<MathEquationRow>(reader.ReadCount());
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new MathEquationRow(reader.ReadOptional(), reader.ReadBoolean(), reader.ReadOptional(), reader.ReadBoolean(),
                reader.ReadBoolean(), reader.ReadDouble(), reader.ReadDouble());
        }

        var environment = reader.ReadOptional();
        var pieces = NewArray<MathLinePiece>(reader.ReadCount());
        for (var i = 0; i < pieces.Length; i++) pieces[i] = new MathLinePiece("", reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
        var glyphIds = GlyphIdCodec.Read(ref reader);
        var result = new MathResult
        {
            Svg = "",
            WidthEm = width,
            HeightEm = height,
            DepthEm = depth,
            Errors = errors,
            Warnings = warnings,
            Rows = rows,
            Environment = environment,
            LinePieces = pieces,
            GlyphIds = glyphIds,
        };
        // The SVGs must be the ones the page writes for these sizes: anything else is not an entry of this format.
        if (svgs.Length != (MathHtml.WritesLinePieces(result) ? pieces.Length : 1)) throw new InvalidDataException("SVG count");
        return new TypesetEquation { Result = result, Svgs = svgs };
    }

    // Most lists of most entries are empty (errors, warnings, line pieces): one shared empty array for each.
    private static T[] NewArray<T>(int count) => count == 0 ? [] : new T[count];

    private static MathError[] ReadErrors(ref EntryReader reader)
    {
        var errors = NewArray<MathError>(reader.ReadCount());
        for (var i = 0; i < errors.Length; i++)
        {
            errors[i] = new MathError(reader.ReadNumber(), reader.ReadString(), reader.ReadNumber()) { Code = reader.ReadOptional(), IsLocal = reader.ReadBoolean() };
        }

        return errors;
    }

    private static void WriteSvg(BinaryWriter writer, EquationSvg svg)
    {
        // As BinaryWriter.Write(string) writes a string: its UTF-8 length, then its bytes.
        writer.Write7BitEncodedInt(svg.Utf8Html.Length);
        writer.Write(svg.Utf8Html.Span);
        WriteOptional(writer, svg.AriaLabel);
        writer.Write7BitEncodedInt(svg.EngineLength);
    }

    private static void WriteError(BinaryWriter writer, MathError error)
    {
        writer.Write7BitEncodedInt(error.Offset);
        writer.Write(error.Message);
        writer.Write7BitEncodedInt(error.Length);
        WriteOptional(writer, error.Code);
        writer.Write(error.IsLocal);
    }

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

    private static void WritePieceSize(BinaryWriter writer, MathLinePiece piece)
    {
        writer.Write(piece.WidthEm);
        writer.Write(piece.HeightEm);
        writer.Write(piece.DepthEm);
    }

    private static void WriteList<T>(BinaryWriter writer, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        writer.Write7BitEncodedInt(items.Count);
        foreach (var item in items)
        {
            write(writer, item);
        }
    }

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    /// <summary>Reads what <see cref="BinaryWriter"/> wrote, straight from the decoded bytes: no stream, no reader
    /// objects, only the strings of the result are allocated.</summary>
    internal ref struct EntryReader(ReadOnlySpan<byte> payload)
    {
        private readonly ReadOnlySpan<byte> _payload = payload;
        private int _at;

        public readonly bool AtEnd => _at == _payload.Length;

        public byte ReadByte() => Take(1)[0];

        public bool ReadBoolean() => ReadByte() switch
        {
            0 => false,
            1 => true,
            _ => throw new InvalidDataException("not a boolean"),
        };

        public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(sizeof(double)));

        /// <summary>A count of items or bytes that follow: each takes at least a byte, so a count larger than what is
        /// left is damage, not a reason to allocate.</summary>
        public int ReadCount() =>
            ReadNumber() is var count && count <= _payload.Length - _at ? count : throw new InvalidDataException("count past the end");

        /// <summary>A non-negative number as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes it.</summary>
        public int ReadNumber()
        {
            var value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var part = Take(1)[0];
                value |= (part & 0x7F) << shift;
                if (part < 0x80)
                {
                    return value >= 0 ? value : throw new InvalidDataException("negative number");
                }
            }

            throw new InvalidDataException("number too long");
        }

        public string ReadString() => Encoding.UTF8.GetString(ReadStringSpan());

        /// <summary>A string's UTF-8 bytes, as they are in the payload.</summary>
        public ReadOnlySpan<byte> ReadStringSpan() => Take(ReadCount());

        public string? ReadOptional() => ReadBoolean() ? ReadString() : null;

        /// <summary>Where a string's UTF-8 bytes are in the payload, for a caller that keeps them as they are.</summary>
        public (int Start, int Count) ReadStringBytes()
        {
            var count = ReadCount();
            var start = _at;
            Take(count);
            return (start, count);
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count > _payload.Length - _at) throw new InvalidDataException("entry cut short");
            var taken = _payload.Slice(_at, count);
            _at += count;
            return taken;
        }
    }
}
