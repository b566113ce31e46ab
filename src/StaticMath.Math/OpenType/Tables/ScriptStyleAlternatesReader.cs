namespace StaticMath.Math.OpenType.Tables;

/// <summary>
/// Reads the GSUB feature 'ssty' (script style): per glyph, the forms to use at script level 1 and 2. Lookups of type
/// 1 (single: one form for every level) and 3 (alternate: alternate i for level i+1) are read, also when wrapped in
/// type 7 extension subtables. Lookups of the feature apply in order, each to the previous one's output, as a shaper
/// would apply them.
/// </summary>
internal static class ScriptStyleAlternatesReader
{
    private const ushort SingleSubstitution = 1;
    private const ushort AlternateSubstitution = 3;
    private const ushort ExtensionSubstitution = 7;

    /// <summary>Glyph → [level-1 form, level-2 form] for every glyph that ssty changes.</summary>
    public static GlyphMap<ushort[]> Read(byte[]? gsub)
    {
        if (gsub is null || gsub.Length < 10)
        {
            return GlyphMap<ushort[]>.Empty;
        }
        var r = new BigEndianReader(gsub);
        var scriptList = r.UInt16(4);
        var featureList = r.UInt16(6);
        var lookupList = r.UInt16(8);

        var lookupIndices = FindFeatureLookups(r, scriptList, featureList, "ssty");
        var rules = new GlyphMap<ushort[]>[lookupIndices.Count];
        var end = 0;
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = ReadLookup(r, lookupList, lookupIndices[i]);
            end = System.Math.Max(end, rules[i].End);
        }

        var result = new GlyphMap<ushort[]>.Builder();
        for (var glyph = 0; glyph < end; glyph++)
        {
            if (Array.TrueForAll(rules, rule => !rule.Contains((ushort)glyph)))
            {
                continue;
            }
            var forms = new ushort[2];
            for (var level = 1; level <= 2; level++)
            {
                var current = (ushort)glyph;
                foreach (var rule in rules)
                {
                    if (rule.TryGetValue(current, out var alternates))
                    {
                        current = alternates[System.Math.Min(level, alternates.Length) - 1];
                    }
                }
                forms[level - 1] = current;
            }
            if (forms[0] != glyph || forms[1] != glyph)
            {
                result.Set((ushort)glyph, forms);
            }
        }
        return result.ToMap();
    }

    /// <summary>Lookup indices of the feature for the 'math' script (else DFLT, else any script), default language;
    /// when no script references it, every feature record with the tag. In LookupList order, each once.</summary>
    private static List<int> FindFeatureLookups(BigEndianReader r, int scriptList, int featureList, string tag)
    {
        var featureIndices = new List<int>();
        if (FindScript(r, scriptList) is { } script && r.Offset16(script, script) is { } langSys)
        {
            var required = r.UInt16(langSys + 2);
            if (required != 0xFFFF)
            {
                featureIndices.Add(required);
            }
            int count = r.UInt16(langSys + 4);
            for (var i = 0; i < count; i++)
            {
                featureIndices.Add(r.UInt16(langSys + 6 + 2 * i));
            }
        }

        int featureCount = r.UInt16(featureList);
        bool HasTag(int index) => index < featureCount && r.Tag(featureList + 2 + 6 * index) == tag;
        var matching = featureIndices.FindAll(HasTag);
        if (matching.Count == 0)
        {
            for (var index = 0; index < featureCount; index++)
            {
                if (HasTag(index))
                {
                    matching.Add(index);
                }
            }
        }

        // Lookups apply in LookupList order regardless of their order in the feature.
        var lookups = new bool[ushort.MaxValue + 1];
        foreach (var index in matching)
        {
            var feature = featureList + r.UInt16(featureList + 2 + 6 * index + 4);
            int lookupCount = r.UInt16(feature + 2);
            for (var i = 0; i < lookupCount; i++)
            {
                lookups[r.UInt16(feature + 4 + 2 * i)] = true;
            }
        }
        var ordered = new List<int>();
        for (var lookup = 0; lookup < lookups.Length; lookup++)
        {
            if (lookups[lookup])
            {
                ordered.Add(lookup);
            }
        }
        return ordered;
    }

    /// <summary>The offset of the script table for 'math', else 'DFLT', else the first script; null when there is none.</summary>
    private static int? FindScript(BigEndianReader r, int scriptList)
    {
        int scriptCount = r.UInt16(scriptList);
        int? defaultScript = null;
        int? firstScript = null;
        for (var i = 0; i < scriptCount; i++)
        {
            var record = scriptList + 2 + 6 * i;
            var offset = scriptList + r.UInt16(record + 4);
            var scriptTag = r.Tag(record);
            if (scriptTag == "math")
            {
                return offset;
            }
            if (scriptTag == "DFLT")
            {
                defaultScript ??= offset;
            }
            firstScript ??= offset;
        }
        return defaultScript ?? firstScript;
    }

    private static GlyphMap<ushort[]> ReadLookup(BigEndianReader r, int lookupList, int index)
    {
        var rule = new GlyphMap<ushort[]>.Builder();
        if (index >= r.UInt16(lookupList))
        {
            return rule.ToMap();
        }
        var lookup = lookupList + r.UInt16(lookupList + 2 + 2 * index);
        var type = r.UInt16(lookup);
        int subtableCount = r.UInt16(lookup + 4);
        for (var i = 0; i < subtableCount; i++)
        {
            var subtable = lookup + r.UInt16(lookup + 6 + 2 * i);
            var subtableType = type;
            if (type == ExtensionSubstitution)
            {
                subtableType = r.UInt16(subtable + 2);
                subtable += (int)r.UInt32(subtable + 4);
            }
            // The first subtable that covers a glyph wins, so never overwrite.
            foreach (var (glyph, alternates) in ReadSubtable(r, subtable, subtableType))
            {
                rule.TryAdd(glyph, alternates);
            }
        }
        return rule.ToMap();
    }

    private static IEnumerable<(ushort Glyph, ushort[] Alternates)> ReadSubtable(BigEndianReader r, int o, ushort type)
    {
        var format = r.UInt16(o);
        var coverage = CoverageTable.Read(r, o + r.UInt16(o + 2));
        if (type == SingleSubstitution && format == 1)
        {
            var delta = r.Int16(o + 4);
            foreach (var glyph in coverage)
            {
                yield return (glyph, [(ushort)((glyph + delta) & 0xFFFF)]);
            }
        }
        else if (type == SingleSubstitution && format == 2)
        {
            int count = r.UInt16(o + 4);
            for (var i = 0; i < System.Math.Min(count, coverage.Length); i++)
            {
                yield return (coverage[i], [r.UInt16(o + 6 + 2 * i)]);
            }
        }
        else if (type == AlternateSubstitution && format == 1)
        {
            int count = r.UInt16(o + 4);
            for (var i = 0; i < System.Math.Min(count, coverage.Length); i++)
            {
                var set = o + r.UInt16(o + 6 + 2 * i);
                int glyphCount = r.UInt16(set);
                if (glyphCount == 0)
                {
                    continue;
                }
                var alternates = new ushort[glyphCount];
                for (var g = 0; g < glyphCount; g++)
                {
                    alternates[g] = r.UInt16(set + 2 + 2 * g);
                }
                yield return (coverage[i], alternates);
            }
        }
    }
}
