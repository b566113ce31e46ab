using System.Text.RegularExpressions;
using StaticMath.Math.OpenType;

namespace StaticMath.Math.Tests.Svg;

/// <summary>
/// Characters Latin Modern Math lacks come from the embedded STIX Math at the same em; characters no embedded font has
/// become SVG text with an SM2010 warning. Each case is a minimal reproduction of what failed before the fallback.
/// </summary>
public partial class GlyphCoverageTests
{
    private static readonly OpenTypeMathFont LatinModern = OpenTypeMathFont.LatinModern;
    private static readonly OpenTypeMathFont Stix = OpenTypeMathFont.StixMath;

    private static MathResult Render(string tex, MathMode mode = MathMode.Inline)
    {
        var result = MathRenderer.Default.Render(tex, mode);
        Assert.True(result.Errors.Count == 0, tex + ": " + string.Join("; ", result.Errors.Select(e => e.Message)));
        return result;
    }

    [Theory]
    [InlineData("⪵", @"\precneqq")]
    [InlineData("⫅", @"\subseteqq")]
    [InlineData("⫋", @"\subsetneqq")]
    [InlineData("★", @"\bigstar")]
    [InlineData("Ⓢ", @"\circledS")]
    [InlineData("Ⅎ", @"\Finv")]
    [InlineData("ϝ", @"\digamma")]
    [InlineData("◇", null)]
    public void SymbolsLatinModernLacksComeFromStix(string character, string? command)
    {
        Assert.False(LatinModern.TryGetGlyph(char.ConvertToUtf32(character, 0), out _));
        foreach (var tex in command is null ? [character] : new[] { character, command })
        {
            var result = Render(tex);
            var id = Assert.Single(result.GlyphIds);
            Assert.StartsWith("g-STIX-", id, StringComparison.Ordinal);
            Assert.Empty(result.Warnings);
        }
    }

    [Fact]
    public void FallbackGlyphsKeepTheirOwnMetricsAtTheSameEm()
    {
        Assert.Equal(LatinModern.UnitsPerEm, Stix.UnitsPerEm);
        Stix.TryGetGlyph(0x2605, out var star);
        var advance = Stix.GetMetrics(star).Advance / (double)Stix.UnitsPerEm;
        Assert.Equal(advance, Render("★").WidthEm, 3);
        // In a subscript it shrinks with the script scale like any Latin Modern glyph.
        var scaled = Render("x_★").WidthEm - Render("x_{}").WidthEm;
        Assert.InRange(scaled, advance * 0.69, advance * 0.72 + 0.06);
    }

    [Fact]
    public void CyrillicTextComesFromStix()
    {
        var result = Render(@"\text{Жизнь}");
        Assert.Empty(result.Warnings);
        Assert.Equal(5, result.GlyphIds.Count);
        Assert.All(result.GlyphIds, id => Assert.StartsWith("g-STIX-", id, StringComparison.Ordinal));
        // MathJax draws it in the browser's font and estimates 3.0 em; STIX's real advances come close.
        Assert.InRange(result.WidthEm, 2.6, 3.2);
    }

    [Fact]
    public void FallbackGlyphsAreDefinedOncePerPage()
    {
        var session = MathRenderer.Default.CreateSession();
        var first = session.Render(@"a \bigstar b", MathMode.Display);
        var second = session.Render(@"\bigstar_{\bigstar}", MathMode.Inline);
        var ids = first.GlyphIds.Concat(second.GlyphIds).ToList();
        var defs = MathRenderer.Default.RenderGlyphDefinitions(ids);
        var star = Assert.Single(first.GlyphIds, id => id.StartsWith("g-STIX-", StringComparison.Ordinal));
        Assert.Equal(1, Regex.Count(defs, "id=\"" + star + "\""));
        Assert.Contains("<path id=\"" + star + "\" d=\"M", defs);
        Assert.Contains("href=\"#" + star + "\"", second.Svg);
        // Latin Modern's own glyphs keep their ids.
        Assert.Contains(first.GlyphIds, id => id.StartsWith("g-LMM-", StringComparison.Ordinal));
    }

    [Fact]
    public void MathscrIsRoundhandFromStixAndMathcalStaysLatinModernChancery()
    {
        var scr = Assert.Single(Render(@"\mathscr{L}").GlyphIds);
        var cal = Assert.Single(Render(@"\mathcal{L}").GlyphIds);
        Assert.NotEqual(scr, cal);
        Assert.StartsWith("g-STIX-", scr, StringComparison.Ordinal);
        Assert.StartsWith("g-LMM-", cal, StringComparison.Ordinal);
        // \mathcal has no lowercase in Latin Modern: as before, the italic letter, never STIX's roundhand one.
        Assert.Equal(Render("a").GlyphIds, Render(@"\mathcal{a}").GlyphIds);
        Assert.StartsWith("g-STIX-", Assert.Single(Render(@"\mathscr{a}").GlyphIds), StringComparison.Ordinal);
        // A letter Unicode encodes among the letterlike symbols (script B is U+212C) follows the same rule.
        Assert.NotEqual(Render(@"\mathscr{B}").GlyphIds, Render(@"\mathcal{B}").GlyphIds);
    }

    [Fact]
    public void VarnothingIsTheRoundSlashedCircleAndEmptysetTheTallZero()
    {
        var varnothing = Render(@"\varnothing");
        var emptyset = Render(@"\emptyset");
        Assert.NotEqual(varnothing.GlyphIds, emptyset.GlyphIds);
        // MathJax (AMS font): \varnothing 0.778 em wide, \emptyset 0.5 em and taller.
        Assert.Equal(0.778, varnothing.WidthEm, 3);
        Assert.Equal(0.5, emptyset.WidthEm, 3);
        Assert.True(emptyset.HeightEm > varnothing.HeightEm);
    }

    [Fact]
    public void BackepsilonIsARelation()
    {
        var alone = Render(@"\backepsilon").WidthEm;
        Assert.InRange(alone, 0.4, 0.6);
        // Thick spaces (5mu each side) as for any relation.
        Assert.Equal(Render("a").WidthEm + Render("b").WidthEm + alone + 10.0 / 18, Render(@"a\backepsilon b").WidthEm, 3);
    }

    [Fact]
    public void MoustachesAreBuiltFromBraceHooksLikeTexDoes()
    {
        // Neither font has U+23B0/23B1; TeX's cmex draws them from the curly-brace pieces.
        Assert.False(LatinModern.TryGetGlyph(0x23B0, out _));
        Assert.False(Stix.TryGetGlyph(0x23B0, out _));
        var small = Render(@"\lmoustache x \rmoustache");
        Assert.Empty(small.Warnings);
        LatinModern.TryGetGlyph(0x23A7, out var upperLeftHook);
        LatinModern.TryGetGlyph(0x23AD, out var lowerRightHook);
        Assert.Contains("g-LMM-" + upperLeftHook, small.GlyphIds);
        Assert.Contains("g-LMM-" + lowerRightHook, small.GlyphIds);
        var tall = Render(@"\left\lmoustache \frac{\frac{a}{b}}{\frac{c}{d}} \right\rmoustache", MathMode.Display);
        Assert.True(tall.HeightEm + tall.DepthEm > small.HeightEm + small.DepthEm + 0.5);
        // Centred on the math axis (0.25 em) like every delimiter.
        var alone = Render(@"\rmoustache");
        Assert.Equal(alone.HeightEm - 0.25, alone.DepthEm + 0.25, 2);
    }

    [Fact]
    public void DiamondIsTheSizeOfBox()
    {
        Assert.Equal(Render(@"\Box").WidthEm, Render(@"\Diamond").WidthEm, 2);
    }

    [Fact]
    public void CharactersOfNarrowScriptsBecomeSvgTextWithAWarningNamingEachCharacter()
    {
        // Devanagari: in no embedded font, and its width in the reader's font can only be guessed.
        var result = Render(@"x = \text{कख}");
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("SM2010", warning.Code);
        Assert.Equal(["U+0915", "U+0916"], Regex.Matches(warning.Message, "U\\+[0-9A-F]{4}").Select(m => m.Value));
        Assert.Contains("'कख'", warning.Message);
        Assert.Equal("कख", Assert.Single(Regex.Matches(result.Svg, "<text [^>]*>([^<]*)</text>")).Groups[1].Value);
    }

    [Fact]
    public void CjkBecomesSvgTextOneEmPerCharacterWithoutAWarning()
    {
        var result = Render(@"x = \text{中文}");
        // Wide characters are one em in every CJK font: nothing is guessed, nothing to warn about.
        Assert.Empty(result.Warnings);
        var text = Assert.Single(Regex.Matches(result.Svg, "<text [^>]*>([^<]*)</text>"));
        Assert.Equal("中文", text.Groups[1].Value);
        Assert.Contains("font-family=\"", text.Value);
        Assert.Contains("serif\"", text.Value);
        Assert.DoesNotContain("fill=", text.Value); // inherits currentColor
        // Full-width characters are estimated at 1 em each, as MathJax does.
        Assert.Equal(Render("x =").WidthEm + 2.0 + 5.0 / 18, result.WidthEm, 2);
    }

    [Fact]
    public void UncoveredCharactersInMathModeAndInColourStayVisible()
    {
        var result = Render(@"\color{red}{中} + \textbf{한}");
        Assert.Empty(result.Warnings);
        Assert.Matches("<g fill=\"red\"><text [^>]*>中</text>", result.Svg);
        Assert.Matches("<text [^>]*font-weight=\"bold\"[^>]*>한</text>", result.Svg);
        // Markup characters can never reach the SVG unescaped; the text element stays well-formed XML.
        System.Xml.Linq.XDocument.Parse(result.Svg);
    }

    [Fact]
    public void OutputWithFallbackGlyphsIsDeterministicAcrossThreads()
    {
        string[] equations = [@"\bigstar \mathscr{L} \text{Жизнь 中文}", @"\precneqq \varnothing \backepsilon \ldots"];
        var expected = equations.Select(tex => MathRenderer.Default.Render(tex, MathMode.Display).Svg).ToArray();
        var results = new string[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = new MathRenderer(FallbackMathFont.LatinModernWithStix).Render(equations[i % 2], MathMode.Display).Svg);
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % 2], results[i]);
        }
    }

    [Fact]
    public void GlyphKeysNameTheSourceFontAndParseBack()
    {
        var font = FallbackMathFont.LatinModernWithStix;
        Assert.Equal(LatinModern.GlyphCount + Stix.GlyphCount, font.GlyphCount);
        font.TryGetGlyph('x', out var x);
        font.TryGetGlyph(0x2605, out var star);
        Assert.True(font.IsFallbackGlyph(star));
        Assert.False(font.IsFallbackGlyph(x));
        Stix.TryGetGlyph(0x2605, out var ownStar);
        Assert.Equal("STIX-" + ownStar, ((IMathFont)font).GlyphKey(star));
        Assert.Equal("LMM-" + x, ((IMathFont)font).GlyphKey(x));
        Assert.True(((IMathFont)font).TryParseGlyphKey("STIX-" + ownStar, out var parsed));
        Assert.Equal(star, parsed);
        Assert.Equal(Stix.GetOutlinePath(ownStar), font.GetOutlinePath(star));
        Assert.False(((IMathFont)font).TryParseGlyphKey("STIX-" + Stix.GlyphCount, out _));
        Assert.False(((IMathFont)font).TryParseGlyphKey("LMM-" + LatinModern.GlyphCount, out _));
    }

    [Fact]
    public void OnlyScriptStyleSelectorsChooseBetweenTheFonts()
    {
        IMathFont font = FallbackMathFont.LatinModernWithStix;
        font.TryGetGlyph(0x2605, out var star);
        // No selector, or one that is not about script style: the plain lookup, fallback included.
        Assert.True(font.TryGetGlyph(0x2605, 0, out var plain));
        Assert.Equal(star, plain);
        Assert.True(font.TryGetGlyph(0x2605, 0xFE0E, out var text));
        Assert.Equal(star, text);
        // Chancery never comes from the roundhand fallback: Latin Modern has no chancery small a.
        Assert.False(font.TryGetGlyph(0x1D4B6, FallbackMathFont.ChancerySelector, out _));
        Assert.True(font.TryGetGlyph(0x1D4B6, FallbackMathFont.RoundhandSelector, out var roundhand));
        Assert.True(((FallbackMathFont)font).IsFallbackGlyph(roundhand));
    }

    [Fact]
    public void TheFallbackFontIsLoadedOnlyForACharacterThePrimaryLacks()
    {
        const string latinModernOnly = @"\left(\sum_{i=1}^n \frac{x_i^2}{\sqrt{y}}\right) \ne \alpha";
        var loads = 0;
        var font = new FallbackMathFont(LatinModern, Stix.Id, () =>
        {
            Interlocked.Increment(ref loads);
            return Stix;
        }, roundhandFromFallback: true);
        var renderer = new MathRenderer(font);

        var plain = renderer.Render(latinModernOnly, MathMode.Display);
        Assert.Empty(plain.Errors);
        Assert.Equal(MathRenderer.Default.Render(latinModernOnly, MathMode.Display).Svg, plain.Svg);
        Assert.Equal(0, loads);
        Assert.False(font.IsFallbackLoaded);

        var star = renderer.Render(@"\bigstar", MathMode.Inline);
        Assert.Equal(1, loads);
        Assert.Equal(MathRenderer.Default.Render(@"\bigstar", MathMode.Inline).Svg, star.Svg);
    }

    [Fact]
    public void ALazyFallbackOfAnotherEmFailsOnFirstUse()
    {
        var font = new FallbackMathFont(LatinModern, "OTHER", () => new OtherEmFont(Stix, 2048));
        Assert.True(font.TryGetGlyph('x', out _));
        var error = Assert.Throws<ArgumentException>(() => font.TryGetGlyph(0x2605, out _));
        Assert.Contains("units per em", error.Message);
    }

    [Fact]
    public void FontsWithDifferentEmsCannotBeCombined()
    {
        var error = Assert.Throws<ArgumentException>(() => new FallbackMathFont(LatinModern, new OtherEmFont(Stix, 2048)));
        Assert.Contains("units per em", error.Message);
    }

    /// <summary>A font reporting another em size (as a TrueType font with 2048 units would).</summary>
    private sealed class OtherEmFont(IMathFont inner, int unitsPerEm) : IMathFont
    {
        public string Id => "OTHER";
        public int UnitsPerEm => unitsPerEm;
        public MathConstants Constants => inner.Constants;
        public bool TryGetGlyph(int codePoint, out ushort glyph) => inner.TryGetGlyph(codePoint, out glyph);
        public GlyphMetrics GetMetrics(ushort glyph) => inner.GetMetrics(glyph);
        public int GetItalicCorrection(ushort glyph) => inner.GetItalicCorrection(glyph);
        public int? GetTopAccentAttachment(ushort glyph) => inner.GetTopAccentAttachment(glyph);
        public bool IsExtendedShape(ushort glyph) => inner.IsExtendedShape(glyph);
        public int GetKern(ushort glyph, MathKernCorner corner, int height) => inner.GetKern(glyph, corner, height);
        public IReadOnlyList<GlyphVariant> GetVariants(ushort glyph, bool vertical) => inner.GetVariants(glyph, vertical);
        public GlyphAssembly? GetAssembly(ushort glyph, bool vertical) => inner.GetAssembly(glyph, vertical);
        public ushort GetScriptAlternate(ushort glyph, int scriptLevel) => inner.GetScriptAlternate(glyph, scriptLevel);
        public string GetOutlinePath(ushort glyph) => inner.GetOutlinePath(glyph);
        public int GlyphCount => inner.GlyphCount;
    }
}
