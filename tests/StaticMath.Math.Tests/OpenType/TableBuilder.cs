using System.Buffers.Binary;

namespace StaticMath.Math.Tests.OpenType;

/// <summary>
/// Writes big-endian OpenType structures by hand for reader tests: fields are appended in order, and offsets can be
/// reserved and patched once the target's position is known.
/// </summary>
internal sealed class TableBuilder
{
    private readonly List<byte> bytes = [];

    public int Position => bytes.Count;

    public TableBuilder U16(int value)
    {
        bytes.Add((byte)(value >> 8));
        bytes.Add((byte)value);
        return this;
    }

    public TableBuilder U32(long value) => U16((int)(value >> 16)).U16((int)(value & 0xFFFF));

    public TableBuilder Tag(string tag)
    {
        bytes.AddRange(System.Text.Encoding.ASCII.GetBytes(tag));
        return this;
    }

    /// <summary>Reserves a 16-bit field; returns its position for <see cref="PatchOffset16"/>.</summary>
    public int Reserve16()
    {
        var at = Position;
        U16(0);
        return at;
    }

    public int Reserve32()
    {
        var at = Position;
        U32(0);
        return at;
    }

    /// <summary>Writes into a reserved field the distance from <paramref name="baseOffset"/> to the current position.</summary>
    public void PatchOffset16(int field, int baseOffset) => Patch16(field, Position - baseOffset);

    public void PatchOffset32(int field, int baseOffset)
    {
        var value = Position - baseOffset;
        Patch16(field, value >> 16);
        Patch16(field + 2, value & 0xFFFF);
    }

    public byte[] ToArray() => [.. bytes];

    private void Patch16(int field, int value)
    {
        Span<byte> buffer = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(buffer, (ushort)value);
        bytes[field] = buffer[0];
        bytes[field + 1] = buffer[1];
    }
}
