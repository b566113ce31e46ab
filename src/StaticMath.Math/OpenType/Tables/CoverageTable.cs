namespace StaticMath.Math.OpenType.Tables;

/// <summary>OpenType Coverage table (formats 1 and 2): the glyphs a subtable applies to, in coverage-index order.</summary>
internal static class CoverageTable
{
    /// <summary>Returns the covered glyphs indexed by coverage index.</summary>
    public static ushort[] Read(BigEndianReader reader, int offset)
    {
        var format = reader.UInt16(offset);
        switch (format)
        {
            case 1:
            {
                var count = reader.UInt16(offset + 2);
                var glyphs = new ushort[count];
                for (var i = 0; i < count; i++)
                {
                    glyphs[i] = reader.UInt16(offset + 4 + 2 * i);
                }
                return glyphs;
            }
            case 2:
            {
                // Ranges give their first coverage index; indices no range covers stay glyph 0.
                var rangeCount = reader.UInt16(offset + 2);
                var length = 0;
                for (var r = 0; r < rangeCount; r++)
                {
                    var record = offset + 4 + 6 * r;
                    int start = reader.UInt16(record);
                    int end = reader.UInt16(record + 2);
                    if (end >= start)
                    {
                        length = System.Math.Max(length, reader.UInt16(record + 4) + end - start + 1);
                    }
                }
                var glyphs = new ushort[length];
                for (var r = 0; r < rangeCount; r++)
                {
                    var record = offset + 4 + 6 * r;
                    int start = reader.UInt16(record);
                    int end = reader.UInt16(record + 2);
                    int startIndex = reader.UInt16(record + 4);
                    for (var glyph = start; glyph <= end; glyph++)
                    {
                        glyphs[startIndex + glyph - start] = (ushort)glyph;
                    }
                }
                return glyphs;
            }
            default:
                throw new InvalidFontDataException($"unknown Coverage format {format} at offset {offset}");
        }
    }
}
