namespace StaticMath.Math.OpenType.Tables;

/// <summary>
/// Reads the OpenType MATH table (Microsoft OpenType specification, "MATH — The Mathematical Typesetting Table"):
/// MathConstants, MathGlyphInfo and MathVariants. Offsets are relative to the start of the subtable that holds them.
/// </summary>
internal static class MathTableReader
{
    public static MathTable Read(byte[] data)
    {
        var reader = new BigEndianReader(data);
        var major = reader.UInt16(0);
        if (major != 1)
        {
            throw new InvalidFontDataException($"unsupported MATH table version {major}");
        }
        var constants = reader.Offset16(4, 0) is { } c ? ReadConstants(reader, c) : new MathConstants();
        var glyphInfo = reader.Offset16(6, 0);
        var variants = reader.Offset16(8, 0);

        var italic = GlyphMap<int>.Empty;
        var accents = GlyphMap<int>.Empty;
        var extended = GlyphSet.Empty;
        var kerns = GlyphMap<MathKernInfo>.Empty;
        if (glyphInfo is { } gi)
        {
            if (reader.Offset16(gi, gi) is { } italicOffset)
            {
                italic = ReadValuesByGlyph(reader, italicOffset);
            }
            if (reader.Offset16(gi + 2, gi) is { } accentOffset)
            {
                accents = ReadValuesByGlyph(reader, accentOffset);
            }
            if (reader.Offset16(gi + 4, gi) is { } extendedOffset)
            {
                extended = new GlyphSet(CoverageTable.Read(reader, extendedOffset));
            }
            if (reader.Offset16(gi + 6, gi) is { } kernOffset)
            {
                kerns = ReadKernInfo(reader, kernOffset);
            }
        }

        var vertical = GlyphMap<GlyphConstruction>.Empty;
        var horizontal = GlyphMap<GlyphConstruction>.Empty;
        var minConnectorOverlap = 0;
        if (variants is { } v)
        {
            minConnectorOverlap = reader.UInt16(v);
            int vertCount = reader.UInt16(v + 6);
            int horizCount = reader.UInt16(v + 8);
            var constructionOffsets = v + 10;
            if (reader.Offset16(v + 2, v) is { } vertCoverage)
            {
                vertical = ReadConstructions(reader, vertCoverage, v, constructionOffsets, vertCount);
            }
            if (reader.Offset16(v + 4, v) is { } horizCoverage)
            {
                horizontal = ReadConstructions(reader, horizCoverage, v, constructionOffsets + 2 * vertCount, horizCount);
            }
        }

        return new MathTable(
            constants with { MinConnectorOverlap = minConnectorOverlap },
            italic,
            accents,
            extended,
            kerns,
            vertical,
            horizontal);
    }

    /// <summary>MathConstants: two int16 percentages, two UFWORD heights, 51 MathValueRecords, one int16 percentage.</summary>
    private static MathConstants ReadConstants(BigEndianReader r, int o)
    {
        // Position of the i-th MathValueRecord (MathLeading is i = 0).
        int V(int i) => r.MathValue(o + 8 + 4 * i);
        return new MathConstants
        {
            ScriptPercentScaleDown = r.Int16(o),
            ScriptScriptPercentScaleDown = r.Int16(o + 2),
            DelimitedSubFormulaMinHeight = r.UInt16(o + 4),
            DisplayOperatorMinHeight = r.UInt16(o + 6),
            MathLeading = V(0),
            AxisHeight = V(1),
            AccentBaseHeight = V(2),
            FlattenedAccentBaseHeight = V(3),
            SubscriptShiftDown = V(4),
            SubscriptTopMax = V(5),
            SubscriptBaselineDropMin = V(6),
            SuperscriptShiftUp = V(7),
            SuperscriptShiftUpCramped = V(8),
            SuperscriptBottomMin = V(9),
            SuperscriptBaselineDropMax = V(10),
            SubSuperscriptGapMin = V(11),
            SuperscriptBottomMaxWithSubscript = V(12),
            SpaceAfterScript = V(13),
            UpperLimitGapMin = V(14),
            UpperLimitBaselineRiseMin = V(15),
            LowerLimitGapMin = V(16),
            LowerLimitBaselineDropMin = V(17),
            StackTopShiftUp = V(18),
            StackTopDisplayStyleShiftUp = V(19),
            StackBottomShiftDown = V(20),
            StackBottomDisplayStyleShiftDown = V(21),
            StackGapMin = V(22),
            StackDisplayStyleGapMin = V(23),
            StretchStackTopShiftUp = V(24),
            StretchStackBottomShiftDown = V(25),
            StretchStackGapAboveMin = V(26),
            StretchStackGapBelowMin = V(27),
            FractionNumeratorShiftUp = V(28),
            FractionNumeratorDisplayStyleShiftUp = V(29),
            FractionDenominatorShiftDown = V(30),
            FractionDenominatorDisplayStyleShiftDown = V(31),
            FractionNumeratorGapMin = V(32),
            FractionNumDisplayStyleGapMin = V(33),
            FractionRuleThickness = V(34),
            FractionDenominatorGapMin = V(35),
            FractionDenomDisplayStyleGapMin = V(36),
            SkewedFractionHorizontalGap = V(37),
            SkewedFractionVerticalGap = V(38),
            OverbarVerticalGap = V(39),
            OverbarRuleThickness = V(40),
            OverbarExtraAscender = V(41),
            UnderbarVerticalGap = V(42),
            UnderbarRuleThickness = V(43),
            UnderbarExtraDescender = V(44),
            RadicalVerticalGap = V(45),
            RadicalDisplayStyleVerticalGap = V(46),
            RadicalRuleThickness = V(47),
            RadicalExtraAscender = V(48),
            RadicalKernBeforeDegree = V(49),
            RadicalKernAfterDegree = V(50),
            RadicalDegreeBottomRaisePercent = r.Int16(o + 8 + 4 * 51),
        };
    }

    /// <summary>MathItalicsCorrectionInfo / MathTopAccentAttachment: coverage offset, count, MathValueRecords.</summary>
    private static GlyphMap<int> ReadValuesByGlyph(BigEndianReader r, int o)
    {
        var coverage = r.Offset16(o, o) is { } c ? CoverageTable.Read(r, c) : [];
        int count = r.UInt16(o + 2);
        var values = new GlyphMap<int>.Builder();
        for (var i = 0; i < System.Math.Min(count, coverage.Length); i++)
        {
            values.Set(coverage[i], r.MathValue(o + 4 + 4 * i));
        }
        return values.ToMap();
    }

    private static GlyphMap<MathKernInfo> ReadKernInfo(BigEndianReader r, int o)
    {
        var coverage = r.Offset16(o, o) is { } c ? CoverageTable.Read(r, c) : [];
        int count = r.UInt16(o + 2);
        var result = new GlyphMap<MathKernInfo>.Builder();
        for (var i = 0; i < System.Math.Min(count, coverage.Length); i++)
        {
            var record = o + 4 + 8 * i;
            MathKern? Corner(int field) => r.Offset16(record + field, o) is { } k ? ReadKern(r, k) : null;
            result.Set(coverage[i], new MathKernInfo(Corner(0), Corner(2), Corner(4), Corner(6)));
        }
        return result.ToMap();
    }

    private static MathKern ReadKern(BigEndianReader r, int o)
    {
        int heightCount = r.UInt16(o);
        var heights = new int[heightCount];
        var kerns = new int[heightCount + 1];
        for (var i = 0; i < heightCount; i++)
        {
            heights[i] = r.MathValue(o + 2 + 4 * i);
        }
        for (var i = 0; i <= heightCount; i++)
        {
            kerns[i] = r.MathValue(o + 2 + 4 * heightCount + 4 * i);
        }
        return new MathKern(heights, kerns);
    }

    private static GlyphMap<GlyphConstruction> ReadConstructions(
        BigEndianReader r, int coverageOffset, int variantsOffset, int offsetsStart, int count)
    {
        var coverage = CoverageTable.Read(r, coverageOffset);
        var result = new GlyphMap<GlyphConstruction>.Builder();
        for (var i = 0; i < System.Math.Min(count, coverage.Length); i++)
        {
            if (r.Offset16(offsetsStart + 2 * i, variantsOffset) is { } construction)
            {
                result.Set(coverage[i], ReadConstruction(r, construction));
            }
        }
        return result.ToMap();
    }

    private static GlyphConstruction ReadConstruction(BigEndianReader r, int o)
    {
        var assembly = r.Offset16(o, o) is { } a ? ReadAssembly(r, a) : null;
        int variantCount = r.UInt16(o + 2);
        var variants = new GlyphVariant[variantCount];
        for (var i = 0; i < variantCount; i++)
        {
            var record = o + 4 + 4 * i;
            variants[i] = new GlyphVariant(r.UInt16(record), r.UInt16(record + 2));
        }
        return new GlyphConstruction(variants, assembly);
    }

    private static GlyphAssembly ReadAssembly(BigEndianReader r, int o)
    {
        var italic = r.MathValue(o);
        int partCount = r.UInt16(o + 4);
        var parts = new GlyphPart[partCount];
        for (var i = 0; i < partCount; i++)
        {
            var record = o + 6 + 10 * i;
            parts[i] = new GlyphPart(
                r.UInt16(record),
                r.UInt16(record + 2),
                r.UInt16(record + 4),
                r.UInt16(record + 6),
                (r.UInt16(record + 8) & 0x0001) != 0);
        }
        return new GlyphAssembly(italic, parts);
    }
}
