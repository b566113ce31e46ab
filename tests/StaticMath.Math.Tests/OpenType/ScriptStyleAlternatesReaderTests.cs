using StaticMath.Math.OpenType.Tables;

namespace StaticMath.Math.Tests.OpenType;

/// <summary>GSUB 'ssty' reading on a hand-built table: extension lookups, single and alternate substitutions, lookup order.</summary>
public class ScriptStyleAlternatesReaderTests
{
    /// <summary>
    /// Script 'math' → feature 0 'ssty' → lookups 0 and 1. Lookup 0: extension (type 7) wrapping a single substitution
    /// format 2 (10 → 20) and a single substitution format 1 (delta +100 on glyph 5). Lookup 1: alternates 20 → [30, 31].
    /// A second feature 'aalt' (not referenced by the script) maps 10 → 99 and must be ignored.
    /// </summary>
    private static byte[] BuildGsub()
    {
        var t = new TableBuilder();
        t.U16(1).U16(0);
        var scriptListField = t.Reserve16();
        var featureListField = t.Reserve16();
        var lookupListField = t.Reserve16();

        // ScriptList: one ScriptRecord 'math' → Script with a default LangSys using feature 0.
        t.PatchOffset16(scriptListField, 0);
        var scriptList = t.Position;
        t.U16(1).Tag("math");
        var scriptField = t.Reserve16();
        t.PatchOffset16(scriptField, scriptList);
        var script = t.Position;
        var langSysField = t.Reserve16();
        t.U16(0); // no LangSysRecords
        t.PatchOffset16(langSysField, script);
        t.U16(0).U16(0xFFFF).U16(1).U16(0);

        // FeatureList: ssty (lookups 1, 0 — applied in LookupList order regardless) and aalt (lookup 2).
        t.PatchOffset16(featureListField, 0);
        var featureList = t.Position;
        t.U16(2).Tag("ssty");
        var sstyField = t.Reserve16();
        t.Tag("aalt");
        var aaltField = t.Reserve16();
        t.PatchOffset16(sstyField, featureList);
        t.U16(0).U16(2).U16(1).U16(0);
        t.PatchOffset16(aaltField, featureList);
        t.U16(0).U16(1).U16(2);

        // LookupList with three lookups.
        t.PatchOffset16(lookupListField, 0);
        var lookupList = t.Position;
        t.U16(3);
        var lookupFields = new[] { t.Reserve16(), t.Reserve16(), t.Reserve16() };

        // Lookup 0: type 7 with two extension subtables.
        t.PatchOffset16(lookupFields[0], lookupList);
        var lookup0 = t.Position;
        t.U16(7).U16(0).U16(2);
        var ext1Field = t.Reserve16();
        var ext2Field = t.Reserve16();
        t.PatchOffset16(ext1Field, lookup0);
        var ext1 = t.Position;
        t.U16(1).U16(1);
        var ext1Target = t.Reserve32();
        t.PatchOffset16(ext2Field, lookup0);
        var ext2 = t.Position;
        t.U16(1).U16(1);
        var ext2Target = t.Reserve32();

        t.PatchOffset32(ext1Target, ext1);
        var single2 = t.Position;
        t.U16(2);
        var single2Coverage = t.Reserve16();
        t.U16(1).U16(20);
        t.PatchOffset16(single2Coverage, single2);
        t.U16(1).U16(1).U16(10);

        t.PatchOffset32(ext2Target, ext2);
        var single1 = t.Position;
        t.U16(1);
        var single1Coverage = t.Reserve16();
        t.U16(100);
        t.PatchOffset16(single1Coverage, single1);
        t.U16(2).U16(1).U16(5).U16(5).U16(0); // coverage format 2: range 5..5

        // Lookup 1: alternate substitution 20 → [30, 31].
        t.PatchOffset16(lookupFields[1], lookupList);
        var lookup1 = t.Position;
        t.U16(3).U16(0).U16(1);
        var altSubtableField = t.Reserve16();
        t.PatchOffset16(altSubtableField, lookup1);
        var alternate = t.Position;
        t.U16(1);
        var altCoverage = t.Reserve16();
        t.U16(1);
        var altSetField = t.Reserve16();
        t.PatchOffset16(altCoverage, alternate);
        t.U16(1).U16(1).U16(20);
        t.PatchOffset16(altSetField, alternate);
        t.U16(2).U16(30).U16(31);

        // Lookup 2 (aalt): single 10 → 99.
        t.PatchOffset16(lookupFields[2], lookupList);
        var lookup2 = t.Position;
        t.U16(1).U16(0).U16(1);
        var aaltSubtable = t.Reserve16();
        t.PatchOffset16(aaltSubtable, lookup2);
        var aaltSingle = t.Position;
        t.U16(1);
        var aaltCoverage = t.Reserve16();
        t.U16(89);
        t.PatchOffset16(aaltCoverage, aaltSingle);
        t.U16(1).U16(1).U16(10);
        return t.ToArray();
    }

    [Fact]
    public void LookupsOfTheFeatureApplyInOrderThroughExtensionSubtables()
    {
        var alternates = ScriptStyleAlternatesReader.Read(BuildGsub());
        // 10 → 20 (single, via extension) → 30 / 31 (alternates for levels 1 / 2).
        Assert.Equal([(ushort)30, (ushort)31], alternates[10]);
        // 20 is itself covered by the alternate lookup.
        Assert.Equal([(ushort)30, (ushort)31], alternates[20]);
        // 5 → 105 by a delta single substitution: the same form at both levels.
        Assert.Equal([(ushort)105, (ushort)105], alternates[5]);
        Assert.Equal(3, alternates.Count);
    }

    [Fact]
    public void MissingOrTruncatedGsubGivesNoAlternates()
    {
        Assert.Equal(0, ScriptStyleAlternatesReader.Read(null).Count);
        Assert.Equal(0, ScriptStyleAlternatesReader.Read([0, 1, 0, 0]).Count);
    }
}
