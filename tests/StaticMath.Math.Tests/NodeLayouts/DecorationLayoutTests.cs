using StaticMath.Math.Layout;
using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.NodeLayouts;

public class DecorationLayoutTests
{
    private static Atom Layout(MathNode node, MathStyle style = MathStyle.Text) => MathTypesetter.Layout(node, Context(style));

    [Fact]
    public void BoxedPadsByFboxsepPlusRuleAndDrawsAFrame()
    {
        var atom = Layout(new BoxNode(List(Ord("a")), null, null));
        // \fboxsep 3pt + \fboxrule 0.4pt = 340 on every side of a 500x500 letter.
        Assert.Equal(500 + 680, atom.Box.Width, 6);
        Assert.Equal(500 + 340, atom.Box.Height, 6);
        Assert.Equal(340, atom.Box.Depth, 6);
        var rules = Flatten(atom.Box).Where(b => b.Box is RuleBox { Visible: true }).ToList();
        Assert.Equal(4, rules.Count);
        Assert.Contains(rules, r => r.Box.Width == 1180 && r.Y + r.Box.Height == 840);
        Assert.Contains(rules, r => r.Box.Width == 1180 && r.Y - r.Box.Depth == -340);
    }

    [Fact]
    public void BoxedSetsItsBodyInDisplayStyle()
    {
        var atom = Layout(new BoxNode(List(new FractionNode(List(Ord("a")), List(Ord("b")))), null, null));
        var numerator = Flatten(atom.Box).Select(b => b.Box).OfType<GlyphBox>().First();
        Assert.Equal(1.0, numerator.Scale, 6);
    }

    [Fact]
    public void ColorboxFillsTheBackgroundWithoutAFrame()
    {
        var atom = Layout(new BoxNode(List(Ord("a")), null, "yellow", TextMode: true));
        Assert.Equal(500 + 600, atom.Box.Width, 6);
        var background = Flatten(atom.Box).Select(b => b.Box).OfType<ColorBox>().Single();
        Assert.Equal("yellow", background.Color);
        Assert.IsType<RuleBox>(background.Inner);
        Assert.Single(Flatten(atom.Box), b => b.Box is RuleBox { Visible: true });
    }

    [Fact]
    public void FcolorboxFramesInItsFrameColour()
    {
        var atom = Layout(new BoxNode(List(Ord("a")), "red", "yellow", TextMode: true));
        var colours = Flatten(atom.Box).Select(b => b.Box).OfType<ColorBox>().Select(c => c.Color).ToList();
        Assert.Equal(["yellow", "red"], colours);
    }

    [Fact]
    public void CancelStrokesCornerToCornerOverASingleCharacterWithoutPadding()
    {
        var atom = Layout(new CancelNode(List(Ord("a")), CancelKind.Cancel));
        Assert.Equal(500, atom.Box.Width, 6);
        var line = Flatten(atom.Box).Select(b => b.Box).OfType<LineBox>().Single();
        Assert.Equal((0.0, -100.0, 500.0, 600.0), (line.X1, line.Y1, line.X2, line.Y2));
        Assert.Equal(40, line.Thickness, 6);
    }

    [Fact]
    public void CancelOfSeveralCharactersIsPaddedAndXCancelDrawsTwoStrokes()
    {
        var atom = Layout(new CancelNode(List(Ord("a"), Ord("b")), CancelKind.XCancel));
        Assert.Equal(1000 + 400, atom.Box.Width, 6);
        var lines = Flatten(atom.Box).Select(b => b.Box).OfType<LineBox>().ToList();
        Assert.Equal(2, lines.Count);
        Assert.True(lines[0].Y2 > lines[0].Y1);
        Assert.True(lines[1].Y2 < lines[1].Y1);
    }

    [Fact]
    public void StrikeRunsAlongTheAxis()
    {
        var line = Flatten(Layout(new CancelNode(List(Ord("a"), Ord("b")), CancelKind.Strike)).Box).Select(b => b.Box).OfType<LineBox>().Single();
        Assert.Equal((250.0, 250.0), (line.Y1, line.Y2));
    }

    [Fact]
    public void ColourOfOneAtomKeepsItsClassAndLongerBodiesAreOrd()
    {
        var relation = Layout(new ColorNode("red", List(Rel("="))));
        Assert.Equal(AtomClass.Rel, relation.Class);
        Assert.Equal("red", Assert.IsType<ColorBox>(relation.Box).Color);

        var several = Layout(new ColorNode("#00f", List(Ord("a"), Bin("+"), Ord("b"))));
        Assert.Equal(AtomClass.Ord, several.Class);
        Assert.Equal("#00f", Assert.IsType<ColorBox>(several.Box).Color);
    }

    [Fact]
    public void ColouredRelationStillGetsRelationSpacing()
    {
        var plain = Typeset(List(Ord("a"), Rel("="), Ord("b")));
        var coloured = Typeset(List(Ord("a"), new ColorNode("red", List(Rel("="))), Ord("b")));
        Assert.Equal(plain.Width, coloured.Width, 6);
    }
}
