using StaticMath.Math.Layout;
using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.OpenType;
using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.NodeLayouts;

public class LabelledStretchyLayoutTests
{
    private static LayoutContext LatinModern(MathStyle style = MathStyle.Display) =>
        new(OpenTypeMathFont.LatinModern, style, false, 1.0, new TypesetState(new MathRenderOptions()));

    [Fact]
    public void OverbraceSitsThreePointsAboveTheBaseAndIsAnOperator()
    {
        var atom = MathTypesetter.Layout(new BraceNode(List(Ord("a"), Ord("b"), Ord("c")), "\u23DE", Under: false, List(Ord("n"))), Context());
        Assert.Equal(AtomClass.Op, atom.Class);
        var glyphs = Flatten(atom.Box).Where(b => b.Box is GlyphBox).ToList();
        var brace = glyphs.Single(g => ((GlyphBox)g.Box).Glyph == GlyphOf(0x23DE));
        Assert.Equal(500 + 300, brace.Y, 6); // fake glyph ink starts at its baseline
        var label = glyphs.Single(g => ((GlyphBox)g.Box).Glyph == ItalicGlyph('n'));
        Assert.True(label.Y >= brace.Y + 500);
        Assert.Equal(0.7, ((GlyphBox)label.Box).Scale, 6);
    }

    [Fact]
    public void UnderbraceStretchesToTheBaseAndHangsItsLabelBelow()
    {
        var context = LatinModern();
        var body = List(Enumerable.Range(0, 8).Select(_ => (MathNode)Ord("x")).ToArray());
        var baseWidth = MathListLayout.Layout(body, context).Width;
        var atom = MathTypesetter.Layout(new BraceNode(body, "\u23DF", Under: true, List(Ord("n"))), context);
        var (bottom, top) = StaticMath.Math.Layout.Nodes.InkExtent.Of(atom.Box);
        Assert.True(atom.Box.Depth > 1000, $"depth {atom.Box.Depth}");
        Assert.InRange(atom.Box.Width, baseWidth, baseWidth * 1.05);
        Assert.True(bottom < -1000 && top > 0);
    }

    [Fact]
    public void ExtensibleArrowGrowsWithItsLabelAndIsARelation()
    {
        var context = LatinModern();
        var shortArrow = MathTypesetter.Layout(new ExtensibleArrowNode("\u2192", List(Ord("a")), null), context);
        var longLabel = List("abcdefgh".Select(c => (MathNode)Ord(c.ToString())).ToArray());
        var longArrow = MathTypesetter.Layout(new ExtensibleArrowNode("\u2192", longLabel, List(Ord("b"))), context);

        Assert.Equal(AtomClass.Rel, longArrow.Class);
        var labelWidth = MathListLayout.Layout(longLabel, context.Superscript()).Width;
        // amsmath: label + 5mu + 9mu of script-style padding.
        Assert.True(longArrow.Box.Width >= labelWidth + 14 * context.Superscript().Mu - 1);
        Assert.True(longArrow.Box.Width > shortArrow.Box.Width);
        Assert.True(longArrow.Box.Depth > 200); // the label below
        Assert.Equal(1000, shortArrow.Box.Width, 0); // never narrower than the arrow itself
    }

    [Fact]
    public void OversetKeepsTheBaseClassAndPutsTheLabelAbove()
    {
        var atom = MathTypesetter.Layout(new StackNode(List(Rel("=")), List(Ord("a")), null, AtomClass.Rel), Context());
        Assert.Equal(AtomClass.Rel, atom.Class);
        var glyphs = Flatten(atom.Box).Where(b => b.Box is GlyphBox g).ToList();
        var over = glyphs.Single(g => ((GlyphBox)g.Box).Glyph == ItalicGlyph('a'));
        var equals = glyphs.Single(g => ((GlyphBox)g.Box).Glyph == GlyphOf("="));
        Assert.True(over.Y > equals.Y + 400);
        Assert.Equal(0.7, ((GlyphBox)over.Box).Scale, 6);
    }
}
