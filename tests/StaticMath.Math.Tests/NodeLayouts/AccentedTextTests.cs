using StaticMath.Math.Layout;
using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.OpenType;
using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.NodeLayouts;

/// <summary>Text accents (\'e, \.A) with Latin Modern Math's real combining marks, which have no advance.</summary>
public class AccentedTextTests
{
    private static readonly OpenTypeMathFont LatinModern = OpenTypeMathFont.LatinModern;

    private static List<(GlyphBox Glyph, double X, double Y)> Layout(string text)
    {
        var context = new LayoutContext(LatinModern, MathStyle.Text, false, 1.0, new TypesetState(new MathRenderOptions()));
        var atom = MathTypesetter.Layout(new TextNode([new PlainTextRun(text, TextFontStyle.Upright)]), context);
        Assert.Empty(context.State.Errors);
        return Flatten(atom.Box).Where(b => b.Box is GlyphBox).Select(b => ((GlyphBox)b.Box, b.X, b.Y)).ToList();
    }

    [Fact]
    public void AcuteIsCentredOverALetterWithoutAPrecomposedForm()
    {
        var glyphs = Layout("x\u0301");
        var (letter, _, _) = glyphs[0];
        var (acute, x, y) = glyphs[1];
        var letterCentre = (letter.InkLeft + letter.InkRight) / 2;
        var acuteCentre = x + (acute.InkLeft + acute.InkRight) / 2;
        Assert.InRange(acuteCentre, letterCentre - 60, letterCentre + 60);
        Assert.Equal(0, y, 6); // x-height letters need no lift
    }

    [Theory]
    [InlineData("e\u0301", 0x00E9)]
    [InlineData("c\u0327", 0x00E7)]
    [InlineData("\u0131\u0301", 0x00ED)] // \'\i
    [InlineData("O\u030B", 0x0150)]
    public void LetterAndMarkUseThePrecomposedGlyphWhenTheFontHasIt(string text, int composed)
    {
        LatinModern.TryGetGlyph(composed, out var glyph);
        Assert.Equal([glyph], Layout(text).Select(g => g.Glyph.Glyph));
    }

    [Fact]
    public void PrecomposedLetterMissingFromTheFontIsStacked()
    {
        Assert.False(LatinModern.TryGetGlyph(0x0227, out _)); // ȧ
        LatinModern.TryGetGlyph('a', out var a);
        LatinModern.TryGetGlyph(0x0307, out var dot);
        Assert.Equal([a, dot], Layout("\u0227").Select(g => g.Glyph.Glyph));
    }

    [Fact]
    public void DotOverACapitalIsLiftedAboveIt()
    {
        var glyphs = Layout("A\u0307");
        var (letter, _, _) = glyphs[0];
        var (dot, _, y) = glyphs[1];
        Assert.True(y + dot.InkBottom > letter.InkTop, "dot above the capital's ink");
    }

    [Fact]
    public void DotBelowStaysWhereTheFontDrawsIt()
    {
        var glyphs = Layout("x\u0323");
        var (dot, _, y) = glyphs[1];
        Assert.Equal(0, y, 6);
        Assert.True(dot.InkTop < 0);
    }

    [Fact]
    public void TypewriterSpaceIsOneCharacterWide()
    {
        var context = new LayoutContext(LatinModern, MathStyle.Text, false, 1.0, new TypesetState(new MathRenderOptions()));
        double Width(string text) =>
            MathTypesetter.Layout(new TextNode([new PlainTextRun(text, TextFontStyle.Monospace)]), context).Box.Width;
        Assert.Equal(Width("ab") / 2, Width("a b") - Width("ab"), 3);
    }
}
