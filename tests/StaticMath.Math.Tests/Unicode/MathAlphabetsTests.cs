using StaticMath.Math.OpenType;
using StaticMath.Math.Syntax;
using StaticMath.Math.Unicode;

namespace StaticMath.Math.Tests.Unicode;

public class MathAlphabetsTests
{
    // Expected code points are from the Unicode character names (e.g. U+1D434 MATHEMATICAL ITALIC CAPITAL A).
    [Theory]
    [InlineData('A', MathVariant.Default, 0x1D434)]
    [InlineData('z', MathVariant.Default, 0x1D467)]
    [InlineData('h', MathVariant.Default, 0x210E)] // PLANCK CONSTANT fills the italic hole
    [InlineData('7', MathVariant.Default, '7')]
    [InlineData('+', MathVariant.Default, '+')]
    [InlineData('α', MathVariant.Default, 0x1D6FC)]
    [InlineData('ω', MathVariant.Default, 0x1D714)]
    [InlineData('ϑ', MathVariant.Default, 0x1D717)]
    [InlineData('ϖ', MathVariant.Default, 0x1D71B)]
    [InlineData('Γ', MathVariant.Default, 'Γ')]
    [InlineData('∇', MathVariant.Default, '∇')]
    [InlineData(0x0131, MathVariant.Default, 0x1D6A4)] // dotless i
    [InlineData(0x0237, MathVariant.Italic, 0x1D6A5)] // dotless j
    [InlineData('x', MathVariant.Normal, 'x')]
    [InlineData('α', MathVariant.Normal, 'α')]
    [InlineData('Γ', MathVariant.Italic, 0x1D6E4)]
    public void DefaultFollowsTexItalicRules(int codePoint, MathVariant variant, int expected) =>
        Assert.Equal(expected, MathAlphabets.Map(codePoint, variant));

    [Theory]
    [InlineData('A', MathVariant.Bold, 0x1D400)]
    [InlineData('a', MathVariant.Bold, 0x1D41A)]
    [InlineData('0', MathVariant.Bold, 0x1D7CE)]
    [InlineData('Ω', MathVariant.Bold, 0x1D6C0)]
    [InlineData('ϴ', MathVariant.Bold, 0x1D6B9)]
    [InlineData('a', MathVariant.BoldItalic, 0x1D482)]
    [InlineData('α', MathVariant.BoldItalic, 0x1D736)]
    [InlineData('Γ', MathVariant.BoldItalic, 0x1D6AA)] // \boldsymbol\Gamma: bold upright, as TeX
    [InlineData('2', MathVariant.BoldItalic, 0x1D7D0)]
    [InlineData('A', MathVariant.Script, 0x1D49C)]
    [InlineData('A', MathVariant.Calligraphic, 0x1D49C)]
    [InlineData('z', MathVariant.Script, 0x1D4CF)]
    [InlineData('A', MathVariant.Fraktur, 0x1D504)]
    [InlineData('g', MathVariant.Fraktur, 0x1D524)]
    [InlineData('A', MathVariant.DoubleStruck, 0x1D538)]
    [InlineData('1', MathVariant.DoubleStruck, 0x1D7D9)]
    [InlineData('k', MathVariant.DoubleStruck, 0x1D55C)]
    [InlineData('A', MathVariant.SansSerif, 0x1D5A0)]
    [InlineData('3', MathVariant.SansSerif, 0x1D7E5)]
    [InlineData('A', MathVariant.SansSerifBold, 0x1D5D4)]
    [InlineData('α', MathVariant.SansSerifBold, 0x1D770)]
    [InlineData('A', MathVariant.SansSerifItalic, 0x1D608)]
    [InlineData('a', MathVariant.Monospace, 0x1D68A)]
    [InlineData('9', MathVariant.Monospace, 0x1D7FF)]
    public void AlphabetsMapToTheMathematicalAlphanumericBlock(int codePoint, MathVariant variant, int expected) =>
        Assert.Equal(expected, MathAlphabets.Map(codePoint, variant));

    [Theory]
    [InlineData('B', MathVariant.Script, 0x212C)]
    [InlineData('E', MathVariant.Script, 0x2130)]
    [InlineData('F', MathVariant.Script, 0x2131)]
    [InlineData('H', MathVariant.Script, 0x210B)]
    [InlineData('I', MathVariant.Script, 0x2110)]
    [InlineData('L', MathVariant.Script, 0x2112)]
    [InlineData('M', MathVariant.Calligraphic, 0x2133)]
    [InlineData('R', MathVariant.Script, 0x211B)]
    [InlineData('e', MathVariant.Script, 0x212F)]
    [InlineData('g', MathVariant.Script, 0x210A)]
    [InlineData('o', MathVariant.Script, 0x2134)]
    [InlineData('C', MathVariant.Fraktur, 0x212D)]
    [InlineData('H', MathVariant.Fraktur, 0x210C)]
    [InlineData('I', MathVariant.Fraktur, 0x2111)]
    [InlineData('R', MathVariant.Fraktur, 0x211C)]
    [InlineData('Z', MathVariant.Fraktur, 0x2128)]
    [InlineData('C', MathVariant.DoubleStruck, 0x2102)]
    [InlineData('H', MathVariant.DoubleStruck, 0x210D)]
    [InlineData('N', MathVariant.DoubleStruck, 0x2115)]
    [InlineData('P', MathVariant.DoubleStruck, 0x2119)]
    [InlineData('Q', MathVariant.DoubleStruck, 0x211A)]
    [InlineData('R', MathVariant.DoubleStruck, 0x211D)]
    [InlineData('Z', MathVariant.DoubleStruck, 0x2124)]
    public void HolesAreFilledFromLetterlikeSymbols(int codePoint, MathVariant variant, int expected) =>
        Assert.Equal(expected, MathAlphabets.Map(codePoint, variant));

    [Theory]
    [InlineData('α', MathVariant.Script)]
    [InlineData('α', MathVariant.DoubleStruck)]
    [InlineData('5', MathVariant.Italic)]
    [InlineData('+', MathVariant.Bold)]
    [InlineData(0x1D434, MathVariant.Bold)]
    public void CharactersAnAlphabetLacksStayUnchanged(int codePoint, MathVariant variant) =>
        Assert.Equal(codePoint, MathAlphabets.Map(codePoint, variant));

    [Fact]
    public void FontAwareMappingAlwaysGivesACharacterLatinModernMathCanDraw()
    {
        var font = OpenTypeMathFont.LatinModern;
        var sources = Enumerable.Range('A', 26).Concat(Enumerable.Range('a', 26)).Concat(Enumerable.Range('0', 10))
            .Concat("ΑΒΓΔΘΛΞΠΣΦΨΩαβγδεζηθικλμνξπρστυφχψωϵϑϕϱϖ".Select(c => (int)c));
        var missing = new List<string>();
        foreach (var variant in Enum.GetValues<MathVariant>())
        {
            foreach (var cp in sources)
            {
                var mapped = MathAlphabets.Map(cp, variant, font);
                if (!font.TryGetGlyph(mapped, out _))
                {
                    missing.Add($"{variant} U+{cp:X4} -> U+{mapped:X4}");
                }
            }
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void LowercaseScriptFallsBackToItalicInLatinModernMathWhileCapitalsStayScript()
    {
        var font = OpenTypeMathFont.LatinModern;
        Assert.Equal(0x1D44E, MathAlphabets.Map('a', MathVariant.Script, font));
        Assert.Equal(0x1D4AE, MathAlphabets.Map('S', MathVariant.Calligraphic, font));
        Assert.Equal(0x2112, MathAlphabets.Map('L', MathVariant.Script, font));
        Assert.Equal(0x211D, MathAlphabets.Map('R', MathVariant.DoubleStruck, font));
    }
}
