using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.Layout;

public class AccentLayoutTests
{
    [Fact]
    public void AccentAttachesOverTheMiddleOfAPlainBaseAndIsLiftedAboveAccentBaseHeight()
    {
        var box = Typeset(new AccentNode(List(Ord("a")), "\u0302", Stretchy: false));
        var (_, x, y) = FindGlyph(box, g => g.Glyph == GlyphOf(0x0302));
        Assert.Equal(250 - 200, x, 6);
        Assert.Equal(500 - 450, y, 6);
        Assert.Equal(500, box.Width, 6);
        Assert.Equal(50 + 700, box.Height, 6);
    }

    [Fact]
    public void AccentUsesTheBaseGlyphsTopAccentAttachment()
    {
        var box = Typeset(new AccentNode(List(Ord("f")), "\u0302", Stretchy: false));
        var (_, x, y) = FindGlyph(box, g => g.Glyph == GlyphOf(0x0302));
        Assert.Equal(350 - 200, x, 6);
        Assert.Equal(700 - 450, y, 6);
    }

    [Fact]
    public void WideAccentTakesTheLargestVariantWhenNoneIsWideEnough()
    {
        var box = Typeset(new AccentNode(List(Ord("a"), Ord("b"), Ord("c")), "\u0302", Stretchy: true));
        var accent = Flatten(box).Select(b => b.Box).OfType<StaticMath.Math.Layout.Boxes.GlyphBox>().Single(g => g.Width == 1000);
        Assert.NotNull(accent);
    }

    [Fact]
    public void StretchyArrowIsAssembledToTheBaseWidthJustAboveIt()
    {
        var box = Typeset(new AccentNode(List(Ord("a"), Ord("b"), Ord("c"), Ord("d")), "\u2192", Stretchy: true));
        Assert.Equal(2000, box.Width, 6);
        var parts = Flatten(box).Where(b => b.Box is StaticMath.Math.Layout.Boxes.GlyphBox g && g.Metrics.YMin >= 150).ToList();
        Assert.Equal(8, parts.Count);
        var lowestInk = parts.Min(p => p.Y + ((StaticMath.Math.Layout.Boxes.GlyphBox)p.Box).InkBottom);
        Assert.Equal(500 + 120, lowestInk, 6); // base height + OverbarVerticalGap
    }

    [Fact]
    public void OverlineSitsAGapAboveTheBaseWithExtraAscender()
    {
        var box = Typeset(new LineNode(List(Ord("a")), Under: false));
        var (rule, _, y) = FindRule(box);
        Assert.Equal(620, y, 6);
        Assert.Equal(40, rule.TotalHeight, 6);
        Assert.Equal(700, box.Height, 6);
    }

    [Fact]
    public void UnderlineSitsAGapBelowTheBaseWithExtraDescender()
    {
        var box = Typeset(new LineNode(List(Ord("a")), Under: true));
        var (rule, _, y) = FindRule(box);
        Assert.Equal(-120, y + rule.Height, 6);
        Assert.Equal(200, box.Depth, 6);
    }
}
