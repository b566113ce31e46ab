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
                var rangeCount = reader.UInt16(offset + 2);
                var glyphs = new List<ushort>();
                for (var r = 0; r < rangeCount; r++)
                {
                    var record = offset + 4 + 6 * r;
                    int start = reader.UInt16(record);
                    int end = reader.UInt16(record + 2);
                    int startIndex = reader.UInt16(record + 4);
                    for (var glyph = start; glyph <= end; glyph++)
                    {
                        var index = startIndex + glyph - start;
                        while (glyphs.Count <= index)
                        {
                            glyphs.Add(0);
                        }
                        glyphs[index] = (ushort)glyph;
                    }
                }
                return [.. glyphs];
            }
            default:
                throw new InvalidFontDataException($"unknown Coverage format {format} at offset {offset}");
        }
    }
}
