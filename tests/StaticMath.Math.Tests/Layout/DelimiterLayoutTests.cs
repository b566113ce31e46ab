using StaticMath.Math.Layout;
using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.Layout;

public class DelimiterLayoutTests
{
    private static DelimitedNode LeftRight(params MathNode[] body) => new("(", [List(body)], [], ")");

    [Fact]
    public void SmallBodyKeepsTheBaseDelimiter()
    {
        var box = Typeset(LeftRight(Ord("x")));
        Assert.Equal(400 + 500 + 400, box.Width, 6);
        Assert.Equal(750, box.Height, 6);
    }

    [Fact]
    public void TallBodyTakesTheFirstVariantCoveringTheDelimiterFactor()
    {
        // Display fraction: height 1200, depth 700 → δ = 950, size = max(1900·0.901, 1900 − 500) = 1711.9 → 2000.
        var frac = new FractionNode(List(Ord("a")), List(Ord("b")));
        var box = Typeset(LeftRight(frac), MathStyle.Display);
        var parens = Flatten(box).Select(b => b.Box).OfType<StaticMath.Math.Layout.Boxes.GlyphBox>().Where(g => g.Glyph == GlyphOf("(") || g.TotalHeight > 1000).ToList();
        Assert.Equal(2, parens.Count);
        Assert.All(parens, p => Assert.Equal(2000, p.TotalHeight, 6));
        Assert.Equal(1250, box.Height, 6);
        Assert.Equal(750, box.Depth, 6);
    }

    [Fact]
    public void MiddleDelimiterGrowsWithTheOuterOnes()
    {
        var frac = new FractionNode(List(Ord("a")), List(Ord("b")));
        var node = new DelimitedNode("(", [List(frac), List(Ord("c"))], ["|"], ")");
        var box = Typeset(node, MathStyle.Display);
        var big = Flatten(box).Select(b => b.Box).OfType<StaticMath.Math.Layout.Boxes.GlyphBox>().Count(g => g.TotalHeight == 2000);
        Assert.Equal(3, big);
    }

    [Fact]
    public void NullDelimiterTakesOnlyNullDelimiterSpace()
    {
        var box = Typeset(new DelimitedNode(null, [List(Ord("x"))], [], ")"));
        Assert.Equal(120 + 500 + 400, box.Width, 6);
    }

    [Fact]
    public void VeryTallDelimiterIsAssembledToTheExactSize()
    {
        var context = Context();
        var box = StretchyGlyphs.Vertical(context, GlyphOf("("), 3000);
        Assert.Equal(3000, box.TotalHeight, 6);
        // 500-unit parts overlapping at least 20: 2 ends + 5 extenders reach 3380 ≥ 3000, 4 would reach only 2900.
        Assert.Equal(7, Flatten(box).Count(b => b.Box is StaticMath.Math.Layout.Boxes.GlyphBox));
    }

    [Theory]
    [InlineData(1, 1500)]
    [InlineData(2, 2000)]
    [InlineData(3, 2500)]
    public void BigDelimitersTakeTheFirstVariantReachingTheirSize(int size, double expectedTotal)
    {
        var box = Typeset(new SizedDelimiterNode("(", size, AtomClass.Open));
        Assert.Equal(expectedTotal, box.Height + box.Depth, 6);
    }

    [Fact]
    public void BiggestSizeIsAssembledAroundTheAxis()
    {
        var box = Typeset(new SizedDelimiterNode("(", 4, AtomClass.Open));
        Assert.InRange(box.Height + box.Depth, 2989, 3001);
        Assert.Equal(250, (box.Height - box.Depth) / 2, 6);
    }
}
