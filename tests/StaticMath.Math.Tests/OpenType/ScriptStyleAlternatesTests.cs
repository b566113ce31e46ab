using StaticMath.Math.OpenType;

namespace StaticMath.Math.Tests.OpenType;

public class ScriptStyleAlternatesTests
{
    private static readonly OpenTypeMathFont Font = OpenTypeMathFont.LatinModern;

    [Fact]
    public void PrimeHasDistinctScriptAndScriptScriptForms()
    {
        Assert.True(Font.TryGetGlyph(0x2032, out var prime));
        // GSUB 'ssty' alternate set of "minute": minute.st (2981), minute.sts (2988) per fontTools.
        Assert.Equal((ushort)2981, Font.GetScriptAlternate(prime, 1));
        Assert.Equal((ushort)2988, Font.GetScriptAlternate(prime, 2));
        Assert.Equal(prime, Font.GetScriptAlternate(prime, 0));
    }

    [Fact]
    public void LevelsBeyondTheAlternateCountUseTheLastForm()
    {
        Assert.True(Font.TryGetGlyph(0x2032, out var prime));
        Assert.Equal(Font.GetScriptAlternate(prime, 2), Font.GetScriptAlternate(prime, 3));
    }

    [Fact]
    public void GlyphWithoutAlternatesMapsToItself()
    {
        Assert.True(Font.TryGetGlyph('+', out var plus));
        Assert.Equal(plus, Font.GetScriptAlternate(plus, 1));
    }
}
