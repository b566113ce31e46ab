using StaticMath.Math.Layout;
using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.NodeLayouts;

public class TextLayoutTests
{
    private static TextNode Text(string text, TextFontStyle style = TextFontStyle.Upright) => new([new PlainTextRun(text, style)]);

    private static List<GlyphBox> Glyphs(Box box) => Flatten(box).Select(b => b.Box).OfType<GlyphBox>().ToList();

    [Fact]
    public void UprightTextUsesThePlainCharactersAndEverySpaceCounts()
    {
        // The parser has already collapsed source blanks as TeX does; what remains (\ \ , ~~) is all kept.
        var box = Typeset(Text("a  b"));
        Assert.Equal([GlyphOf('a'), GlyphOf('b')], Glyphs(box).Select(g => g.Glyph));
        // The fake font's space advance is 500.
        Assert.Equal(500 + 500 + 500 + 500, box.Width, 6);
        Assert.Equal(500 + 500 + 500, Typeset(Text("a\u00A0b")).Width, 6);
    }

    [Theory]
    [InlineData("\u2009", 1000.0 / 6)]
    [InlineData("\u2005", 4000.0 / 18)]
    [InlineData("\u2004", 5000.0 / 18)]
    [InlineData("\u2003", 1000.0)]
    [InlineData("\u2003\u2003", 2000.0)]
    [InlineData("\u2002", 500.0)]
    public void SpacingCommandsCarryTheirTexWidths(string space, double width)
    {
        Assert.Equal(1000 + width, Typeset(Text("a" + space + "b")).Width, 6);
    }

    [Fact]
    public void CombiningMarkIsPlacedOverItsLetterWithoutTakingWidth()
    {
        var box = Typeset(Text("x\u0301x"));
        Assert.Equal(1000, box.Width, 6);
        var acute = Flatten(box).Single(b => b.Box is GlyphBox g && g.Glyph == GlyphOf(0x0301));
        Assert.Equal(0, acute.X, 6);
        // Fake letters are 500 tall, 50 above the accent base height (450): the mark is lifted by that much.
        Assert.Equal(50, acute.Y, 6);
    }

    [Theory]
    [InlineData(TextFontStyle.Bold, 0x1D41A)]
    [InlineData(TextFontStyle.Italic, 0x1D44E)]
    [InlineData(TextFontStyle.Bold | TextFontStyle.Italic, 0x1D482)]
    [InlineData(TextFontStyle.SansSerif, 0x1D5BA)]
    [InlineData(TextFontStyle.Monospace, 0x1D68A)]
    public void StyledTextUsesTheMathAlphanumerics(TextFontStyle style, int expected)
    {
        Assert.Equal(GlyphOf(expected), Glyphs(Typeset(Text("a", style))).Single().Glyph);
    }

    [Fact]
    public void QuotesAndDashesBecomeTexLigatures()
    {
        var glyphs = Glyphs(Typeset(Text("``a''--b---c'")));
        Assert.Equal(
            [GlyphOf(0x201C), GlyphOf('a'), GlyphOf(0x201D), GlyphOf(0x2013), GlyphOf('b'), GlyphOf(0x2014), GlyphOf('c'), GlyphOf(0x2019)],
            glyphs.Select(g => g.Glyph));
    }

    [Fact]
    public void TextInAScriptIsScriptSizedButKeepsTextGlyphs()
    {
        // The fake font's '2' has a script alternate; text must not use it.
        var glyph = Glyphs(Typeset(Text("2"), MathStyle.Script)).Single();
        Assert.Equal(GlyphOf('2'), glyph.Glyph);
        Assert.Equal(0.7, glyph.Scale, 6);
    }

    [Fact]
    public void NestedMathInDisplayIsSetInTextStyle()
    {
        var node = new TextNode([new PlainTextRun("if ", TextFontStyle.Upright), new MathTextRun(List(new FractionNode(List(Ord("a")), List(Ord("b")))))]);
        var box = Typeset(node, MathStyle.Display);
        var numerator = Glyphs(box).Single(g => g.Glyph == ItalicGlyph('a'));
        Assert.Equal(0.7, numerator.Scale, 6); // numerator of a text-style fraction
    }

    [Fact]
    public void MissingCharacterIsReportedAndShownAsABox()
    {
        var context = Context();
        var atom = MathTypesetter.Layout(new TextNode([new PlainTextRun("a\uFFFF", TextFontStyle.Upright)]) { Offset = 7 }, context);
        Assert.Single(context.State.Errors);
        Assert.Equal(7, context.State.Errors[0].Offset);
        Assert.True(atom.Box.Width > 500);
    }
}
