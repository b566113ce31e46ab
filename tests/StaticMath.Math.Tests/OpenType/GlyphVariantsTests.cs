using StaticMath.Math.OpenType;

namespace StaticMath.Math.Tests.OpenType;

public class GlyphVariantsTests
{
    private static readonly OpenTypeMathFont Font = OpenTypeMathFont.LatinModern;

    private static ushort Glyph(int codePoint)
    {
        Assert.True(Font.TryGetGlyph(codePoint, out var glyph));
        return glyph;
    }

    [Fact]
    public void ParenthesisHasGrowingVerticalVariantsStartingWithItself()
    {
        var paren = Glyph('(');
        var variants = Font.GetVariants(paren, vertical: true);
        // parenleft, parenleft.v1 … v7 (fontTools): 8 variants, glyph ids 9, 2367, …, 2499.
        Assert.Equal(8, variants.Count);
        Assert.Equal(paren, variants[0].Glyph);
        Assert.Equal([997, 1095, 1195, 1445, 1793, 2093, 2393, 2991], variants.Select(v => v.AdvanceMeasurement));
        Assert.Equal((ushort)2499, variants[^1].Glyph);
        Assert.Empty(Font.GetVariants(paren, vertical: false));
    }

    [Fact]
    public void ParenthesisAssemblyHasHookExtenderHook()
    {
        var assembly = Font.GetAssembly(Glyph('('), vertical: true);
        Assert.NotNull(assembly);
        // Bottom to top: U+239D (2503), extender U+239C (2504), U+239B (2505).
        Assert.Equal([(ushort)2503, (ushort)2504, (ushort)2505], assembly!.Parts.Select(p => p.Glyph));
        Assert.Equal([false, true, false], assembly.Parts.Select(p => p.IsExtender));
        Assert.Equal(new GlyphPart(2503, 0, 249, 1495, false), assembly.Parts[0]);
        Assert.Equal(new GlyphPart(2504, 498, 498, 498, true), assembly.Parts[1]);
    }

    [Fact]
    public void RadicalAndBraceAssembliesMarkTheirExtenders()
    {
        var radical = Font.GetAssembly(Glyph(0x221A), vertical: true)!;
        Assert.Equal([false, true, false], radical.Parts.Select(p => p.IsExtender));
        Assert.Equal(620, radical.Parts[2].FullAdvance);
        var brace = Font.GetAssembly(Glyph('{'), vertical: true)!;
        Assert.Equal([false, true, false, true, false], brace.Parts.Select(p => p.IsExtender));
    }

    [Fact]
    public void IntegralHasADisplaySizeVariantButNoAssembly()
    {
        var integral = Glyph(0x222B);
        Assert.Equal([1112, 2223], Font.GetVariants(integral, vertical: true).Select(v => v.AdvanceMeasurement));
        Assert.Null(Font.GetAssembly(integral, vertical: true));
    }

    [Fact]
    public void OverbraceAndArrowHaveHorizontalConstructions()
    {
        var overbrace = Glyph(0x23DE);
        var variants = Font.GetVariants(overbrace, vertical: false);
        Assert.Equal(8, variants.Count);
        Assert.Equal(4007, variants[^1].AdvanceMeasurement);
        var braceAssembly = Font.GetAssembly(overbrace, vertical: false)!;
        Assert.Equal([false, true, false, true, false], braceAssembly.Parts.Select(p => p.IsExtender));

        var arrow = Glyph(0x2192);
        Assert.Equal([Glyph(0x2192), Glyph(0x27F6)], Font.GetVariants(arrow, vertical: false).Select(v => v.Glyph));
        Assert.Equal(3, Font.GetAssembly(arrow, vertical: false)!.Parts.Count);
    }
}
