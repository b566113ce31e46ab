using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.Layout;

public class FractionLayoutTests
{
    private static FractionNode Frac(MathNode num, MathNode den, double? rule = null, MathStyle? style = null) =>
        new(List(num), List(den), rule, style);

    [Fact]
    public void TextFractionUsesTheMinimumShiftsWhenGapsAreSatisfied()
    {
        var box = Typeset(Frac(Ord("a"), Ord("b")));
        var (num, numX, numY) = FindGlyph(box, g => g.Glyph == ItalicGlyph('a'));
        var (den, _, denY) = FindGlyph(box, g => g.Glyph == ItalicGlyph('b'));
        Assert.Equal(0.7, num.Scale, 6); // numerator of T is in S
        Assert.Equal(400, numY, 6);      // FractionNumeratorShiftUp
        Assert.Equal(-350, denY, 6);     // FractionDenominatorShiftDown
        Assert.Equal(120, numX, 6);      // null delimiter space
        Assert.Equal(0.7, den.Scale, 6);
        Assert.Equal(350 + 2 * 120, box.Width, 6);
        Assert.Equal(400 + 350, box.Height, 6);
        Assert.Equal(350, box.Depth, 6);
    }

    [Fact]
    public void FractionRuleIsCentredOnTheAxisWithTheFontThickness()
    {
        var (rule, x, y) = FindRule(Typeset(Frac(Ord("a"), Ord("b"))));
        Assert.Equal(40, rule.TotalHeight, 6);
        Assert.Equal(250, y + (rule.Height - rule.Depth) / 2, 6);
        Assert.Equal(120, x, 6);
        Assert.Equal(350, rule.Width, 6);
    }

    [Fact]
    public void DisplayFractionUsesDisplayShiftsAndTextStyleParts()
    {
        var box = Typeset(Frac(Ord("a"), Ord("b")), MathStyle.Display);
        var (num, _, numY) = FindGlyph(box, g => g.Glyph == ItalicGlyph('a'));
        var (_, _, denY) = FindGlyph(box, g => g.Glyph == ItalicGlyph('b'));
        Assert.Equal(1.0, num.Scale, 6);
        Assert.Equal(700, numY, 6);
        Assert.Equal(-700, denY, 6);
    }

    [Fact]
    public void DeepNumeratorIsPushedUpToKeepTheMinimumGap()
    {
        // '(' in script style has depth 175: shift = gap 40 + half rule 20 + axis 250 + 175.
        var box = Typeset(Frac(Open("("), Ord("b")));
        var (_, _, numY) = FindGlyph(box, g => g.Glyph == GlyphOf("("));
        Assert.Equal(485, numY, 6);
    }

    [Fact]
    public void RulelessFractionOpensTheStackGapSymmetrically()
    {
        var box = Typeset(Frac(Open("("), Open("("), rule: 0), MathStyle.Display);
        Assert.DoesNotContain(Flatten(box), b => b.Box is StaticMath.Math.Layout.Boxes.RuleBox { Visible: true });
        var ys = Flatten(box).Where(b => b.Box is StaticMath.Math.Layout.Boxes.GlyphBox).Select(b => b.Y).OrderDescending().ToList();
        // StackTopDisplayStyleShiftUp 700, StackBottomDisplayStyleShiftDown 700; gap (700-250)-(750-700)=400 < 700 → +150 each.
        Assert.Equal([850, -850], ys);
    }

    [Fact]
    public void ForcedTextStyleUsesTextConstantsInsideDisplay()
    {
        var box = Typeset(Frac(Ord("a"), Ord("b"), style: MathStyle.Text), MathStyle.Display);
        var (_, _, numY) = FindGlyph(box, g => g.Glyph == ItalicGlyph('a'));
        Assert.Equal(400, numY, 6);
    }

    [Fact]
    public void BinomialDelimitersAreAtLeastTexsDelim2InTextStyle()
    {
        var binom = new FractionNode(List(Ord("n")), List(Ord("k")), 0, null, "(", ")");
        var box = Typeset(binom);
        var parens = Flatten(box).Where(b => b.Box is StaticMath.Math.Layout.Boxes.GlyphBox g && g.Glyph != ItalicGlyph('n') && g.Glyph != ItalicGlyph('k')).ToList();
        Assert.Equal(2, parens.Count);
        // 1.01 em rules out the 1000-unit base glyph: the 1500 variant is taken, centred on the axis.
        Assert.All(parens, p => Assert.Equal(1500, p.Box.TotalHeight, 6));
    }
}
