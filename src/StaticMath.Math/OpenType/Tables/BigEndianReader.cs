using System.Buffers.Binary;

namespace StaticMath.Math.OpenType.Tables;

/// <summary>
/// Random-access big-endian reads over one OpenType table (OpenType stores every integer big-endian). Offsets are
/// absolute within the table; out-of-range reads throw <see cref="InvalidFontDataException"/> so a damaged table
/// fails loudly at load time instead of producing garbage layout.
/// </summary>
internal readonly struct BigEndianReader(byte[] data)
{
    public int Length => data.Length;

    public ushort UInt16(int offset) => BinaryPrimitives.ReadUInt16BigEndian(Slice(offset, 2));

    public short Int16(int offset) => BinaryPrimitives.ReadInt16BigEndian(Slice(offset, 2));

    public uint UInt32(int offset) => BinaryPrimitives.ReadUInt32BigEndian(Slice(offset, 4));

    public string Tag(int offset) => System.Text.Encoding.ASCII.GetString(Slice(offset, 4));

    /// <summary>An Offset16 field resolved against <paramref name="baseOffset"/>; null for the NULL offset (0).</summary>
    public int? Offset16(int fieldOffset, int baseOffset)
    {
        var value = UInt16(fieldOffset);
        return value == 0 ? null : baseOffset + value;
    }

    /// <summary>MathValueRecord: an FWORD value followed by a device-table offset (ignored: we lay out at design size).</summary>
    public int MathValue(int offset) => Int16(offset);

    private ReadOnlySpan<byte> Slice(int offset, int length)
    {
        if (offset < 0 || offset + length > data.Length)
        {
            throw new InvalidFontDataException($"read of {length} bytes at offset {offset} is outside the table ({data.Length} bytes)");
        }
        return data.AsSpan(offset, length);
    }
}
