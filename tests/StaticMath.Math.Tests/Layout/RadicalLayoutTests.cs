using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.Layout;

public class RadicalLayoutTests
{
    [Fact]
    public void ExcessSurdHeightIsSplitIntoTheGap()
    {
        // target 500 + 50 + 40 = 590; the 1000-unit surd leaves 410, half of it goes to the gap: 255.
        var box = Typeset(new RadicalNode(List(Ord("x")), null));
        var (rule, ruleX, ruleY) = FindRule(box);
        Assert.Equal(40, rule.TotalHeight, 6);
        Assert.Equal(800, ruleX, 6);
        Assert.Equal(500 + 255, ruleY, 6);
        Assert.Equal(500 + 255 + 40 + 40, box.Height, 6); // + RadicalExtraAscender
        Assert.Equal(800 + 500, box.Width, 6);
        var (_, _, surdY) = FindGlyph(box, g => g.Glyph == GlyphOf(0x221A));
        Assert.Equal(500 + 255 + 40 - 750, surdY, 6); // surd top meets the rule top
    }

    [Fact]
    public void DisplayStyleUsesTheDisplayGap()
    {
        var box = Typeset(new RadicalNode(List(Ord("x")), null), MathStyle.Display);
        var (_, _, ruleY) = FindRule(box);
        Assert.Equal(500 + 150 + (1000 - 690) / 2.0, ruleY, 6);
    }

    [Fact]
    public void TallRadicandTakesALargerSurdVariant()
    {
        var box = Typeset(new RadicalNode(List(Open("(")), null));
        var surd = Flatten(box).Select(b => b.Box).OfType<StaticMath.Math.Layout.Boxes.GlyphBox>().First(g => g.Glyph != GlyphOf("("));
        Assert.Equal(1500, surd.TotalHeight, 6);
    }

    [Fact]
    public void DegreeIsScriptScriptAndRaisedByThePercentOfTheSurd()
    {
        var box = Typeset(new RadicalNode(List(Ord("x")), List(Ord("n"))));
        var (n, nX, nY) = FindGlyph(box, g => g.Glyph == ItalicGlyph('n'));
        Assert.Equal(0.5, n.Scale, 6);
        Assert.Equal(280, nX, 6); // RadicalKernBeforeDegree
        // surd bottom = 795 − 1000 = −205; raised 60 % of 1000.
        Assert.Equal(-205 + 600, nY, 6);
    }
}
