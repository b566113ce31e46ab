using StaticMath.Math.Layout;
using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.NodeLayouts;

public class ExtentLayoutTests
{
    private static Box Layout(MathNode node) => MathTypesetter.Layout(node, Context()).Box;

    private static MathList Digit => List(Ord("1")); // fake digits: 500 wide, 700 tall

    [Fact]
    public void PhantomTakesTheSpaceAndDrawsNothing()
    {
        var box = Layout(new PhantomNode(Digit, KeepWidth: true, KeepHeight: true));
        Assert.Equal((500.0, 700.0, 0.0), (box.Width, box.Height, box.Depth));
        Assert.True(box.Children.IsEmpty);
    }

    [Fact]
    public void HorizontalAndVerticalPhantomsKeepOneDimension()
    {
        var h = Layout(new PhantomNode(Digit, KeepWidth: true, KeepHeight: false));
        Assert.Equal((500.0, 0.0), (h.Width, h.Height));
        var v = Layout(new PhantomNode(Digit, KeepWidth: false, KeepHeight: true));
        Assert.Equal((0.0, 700.0), (v.Width, v.Height));
    }

    [Fact]
    public void SmashDrawsButZeroesHeight()
    {
        var box = Layout(new SmashNode(Digit, SmashHeight: true, SmashDepth: true));
        Assert.Equal((500.0, 0.0), (box.Width, box.Height));
        Assert.Single(Flatten(box), b => b.Box is GlyphBox);
    }

    [Theory]
    [InlineData(-1, -500)]
    [InlineData(0, -250)]
    [InlineData(1, 0)]
    public void LapsHaveNoWidthAndOverhangTheirSide(int alignment, double offset)
    {
        var box = Layout(new LapNode(Digit, alignment));
        Assert.Equal(0, box.Width);
        Assert.Equal(offset, Flatten(box).Single(b => b.Box is GlyphBox).X, 6);
    }

    [Fact]
    public void RaiseboxShiftsByEms()
    {
        var box = Layout(new RaiseNode(Digit, 0.5));
        Assert.Equal(1200, box.Height, 6);
        Assert.Equal(500, Flatten(box).Single(b => b.Box is GlyphBox).Y, 6);
    }

    [Fact]
    public void RuleIsAFilledRectangleAndZeroWidthIsAnInvisibleStrut()
    {
        var rule = Assert.IsType<RuleBox>(Layout(new RuleNode(1, 0.5)));
        Assert.Equal((1000.0, 500.0, true), (rule.Width, rule.Height, rule.Visible));

        var strut = Layout(new RuleNode(0, 1.2, -0.3));
        Assert.Equal((0.0, 900.0, 300.0), (strut.Width, strut.Height, strut.Depth));
        Assert.DoesNotContain(Flatten(strut), b => b.Box is RuleBox { Visible: true });
    }
}

public class MathChoiceLayoutTests
{
    [Theory]
    [InlineData(MathStyle.Display, "a")]
    [InlineData(MathStyle.Text, "b")]
    [InlineData(MathStyle.Script, "c")]
    [InlineData(MathStyle.ScriptScript, "d")]
    public void OnlyTheBranchForTheCurrentStyleIsLaidOut(MathStyle style, string expected)
    {
        var node = new MathChoiceNode(List(Ord("a")), List(Ord("b")), List(Ord("c")), List(Ord("d")));
        var box = MathTypesetter.Layout(node, Context(style)).Box;
        var glyph = Assert.Single(Flatten(box).Select(b => b.Box).OfType<GlyphBox>());
        Assert.Equal(ItalicGlyph(expected[0]), glyph.Glyph);
    }
}
