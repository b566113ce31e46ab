using System.Buffers.Binary;

namespace StaticMath.Math.Tests.OpenType;

/// <summary>
/// Test-side access to the embedded font's raw bytes through the sfnt table directory, independent of SkiaSharp and
/// of the engine's table readers, so reader output can be checked against bytes at offsets computed from the spec.
/// </summary>
internal sealed class RawFontFile
{
    private readonly byte[] bytes;

    private RawFontFile(byte[] bytes) => this.bytes = bytes;

    public static RawFontFile LatinModern { get; } = Load();

    public byte[] Bytes => bytes;

    /// <summary>Absolute file offset of a table, from the table directory (numTables at 4, 16-byte records from 12).</summary>
    public int TableOffset(string tag)
    {
        int count = U16(4);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + 16 * i;
            if (System.Text.Encoding.ASCII.GetString(bytes, record, 4) == tag)
            {
                return (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(record + 8));
            }
        }
        throw new InvalidOperationException($"no {tag} table");
    }

    public ushort U16(int offset) => BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(offset));

    public short I16(int offset) => BinaryPrimitives.ReadInt16BigEndian(bytes.AsSpan(offset));

    private static RawFontFile Load()
    {
        using var stream = typeof(MathRenderer).Assembly.GetManifestResourceStream("StaticMath.Math.Fonts.latinmodern-math.otf")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new RawFontFile(buffer.ToArray());
    }
}
