using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.Layout;

public class BigOperatorLayoutTests
{
    private static BigOperator Sum => new("\u2211", null, LimitsMode.DisplayLimits);

    private static BigOperator Integral => new("\u222B", null, LimitsMode.NoLimits);

    [Fact]
    public void DisplayOperatorTakesTheVariantTallerThanDisplayOperatorMinHeight()
    {
        var box = Typeset(Sum, MathStyle.Display);
        var (op, _, y) = FindGlyph(box, _ => true);
        Assert.Equal(1800, op.TotalHeight, 6);
        Assert.Equal(250, y + (op.Height - op.Depth) / 2, 6); // centred on the axis
    }

    [Fact]
    public void DisplayLimitsUseTheLimitGapsAndBigOpSpacing()
    {
        var box = Typeset(new ScriptsNode(Sum, List(Ord("n")), List(Ord("i"))), MathStyle.Display);
        var (_, nX, nY) = FindGlyph(box, g => g.Glyph == ItalicGlyph('n'));
        var (_, iX, iY) = FindGlyph(box, g => g.Glyph == ItalicGlyph('i'));
        Assert.Equal(1150 + 300, nY, 6);  // max(UpperLimitGapMin + depth, UpperLimitBaselineRiseMin)
        Assert.Equal(-(650 + 600), iY, 6); // max(LowerLimitGapMin + 350, LowerLimitBaselineDropMin)
        Assert.Equal((1400 - 350) / 2.0, nX, 6);
        Assert.Equal((1400 - 350) / 2.0, iX, 6);
        Assert.Equal(1450 + 350 + 100, box.Height, 6);
        Assert.Equal(1250 + 100, box.Depth, 6);
    }

    [Fact]
    public void TextStyleSumTakesSideScripts()
    {
        var box = Typeset(new ScriptsNode(Sum, List(Ord("n")), List(Ord("i"))));
        var (_, nX, nY) = FindGlyph(box, g => g.Glyph == ItalicGlyph('n'));
        var (_, iX, iY) = FindGlyph(box, g => g.Glyph == ItalicGlyph('i'));
        Assert.Equal(1000, nX, 6);
        Assert.Equal(1000, iX, 6);
        Assert.Equal(750 - 250, nY, 6);   // height − SuperscriptBaselineDropMax
        Assert.Equal(-(250 + 200), iY, 6); // depth + SubscriptBaselineDropMin
    }

    [Fact]
    public void IntegralItalicCorrectionSeparatesItsScripts()
    {
        var box = Typeset(new ScriptsNode(Integral, List(Ord("b")), List(Ord("a"))), MathStyle.Display);
        var (_, supX, _) = FindGlyph(box, g => g.Glyph == ItalicGlyph('b'));
        var (_, subX, _) = FindGlyph(box, g => g.Glyph == ItalicGlyph('a'));
        Assert.Equal(600, supX, 6);
        Assert.Equal(600 - 400, subX, 6);
    }

    [Fact]
    public void NamedOperatorTakesLimitsInDisplayOnly()
    {
        var lim = new BigOperator(null, List(new SymbolAtom(AtomClass.Ord, "l", MathVariant.Normal)), LimitsMode.DisplayLimits);
        var display = Typeset(new ScriptsNode(lim, null, List(Ord("n"))), MathStyle.Display);
        var text = Typeset(new ScriptsNode(lim, null, List(Ord("n"))));
        Assert.Equal(-600, FindGlyph(display, g => g.Glyph == ItalicGlyph('n')).Y, 6);
        Assert.Equal(500, FindGlyph(text, g => g.Glyph == ItalicGlyph('n')).X, 6);
    }

    [Fact]
    public void OperatorIsThinSpacedFromAnOrdinaryNeighbour()
    {
        var box = Typeset(List(Sum, Ord("x")));
        Assert.Equal(1000 + 1000.0 / 6 + 500, box.Width, 6);
    }
}
