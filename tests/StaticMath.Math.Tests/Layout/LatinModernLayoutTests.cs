using StaticMath.Math.Layout;
using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.OpenType;
using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.Layout;

/// <summary>Layout with the real Latin Modern Math: positions must equal the MATH table's constants in every style.</summary>
public class LatinModernLayoutTests
{
    private static readonly OpenTypeMathFont Font = OpenTypeMathFont.LatinModern;
    private static MathConstants C => Font.Constants;

    public static TheoryData<MathStyle> AllStyles => [MathStyle.Display, MathStyle.Text, MathStyle.Script, MathStyle.ScriptScript];

    private static LayoutContext Context(MathStyle style, bool cramped = false) =>
        new(Font, style, cramped, 1.0, new TypesetState(new MathRenderOptions()));

    private static Box Typeset(MathNode node, MathStyle style, bool cramped = false) =>
        MathTypesetter.LayoutRoot(node, Context(style, cramped));

    private static double Scale(MathStyle style) => Context(style).Scale;

    /// <summary>The math-italic letter, in any of its script-size forms.</summary>
    private static (GlyphBox Glyph, double X, double Y) Letter(Box box, char letter)
    {
        Assert.True(Font.TryGetGlyph(0x1D44E + letter - 'a', out var italic));
        ushort[] forms = [italic, Font.GetScriptAlternate(italic, 1), Font.GetScriptAlternate(italic, 2)];
        return FindGlyph(box, g => forms.Contains(g.Glyph));
    }

    [Theory]
    [MemberData(nameof(AllStyles))]
    public void FractionRuleHasTheFontThicknessAndSitsOnTheAxis(MathStyle style)
    {
        var box = Typeset(new FractionNode(List(Ord("a")), List(Ord("b"))), style);
        var (rule, _, y) = FindRule(box);
        Assert.Equal(C.FractionRuleThickness * Scale(style), rule.TotalHeight, 6);
        Assert.Equal(C.AxisHeight * Scale(style), y + (rule.Height - rule.Depth) / 2, 6);
    }

    [Theory]
    [MemberData(nameof(AllStyles))]
    public void FractionPartsTakeTheMinimumShiftsOfTheirStyle(MathStyle style)
    {
        var box = Typeset(new FractionNode(List(Ord("a")), List(Ord("x"))), style);
        var display = style == MathStyle.Display;
        var s = Scale(style);
        Assert.Equal((display ? C.FractionNumeratorDisplayStyleShiftUp : C.FractionNumeratorShiftUp) * s, Letter(box, 'a').Y, 6);
        Assert.Equal(-(display ? C.FractionDenominatorDisplayStyleShiftDown : C.FractionDenominatorShiftDown) * s, Letter(box, 'x').Y, 6);
    }

    [Theory]
    [MemberData(nameof(AllStyles))]
    public void SuperscriptOfALetterRisesBySuperscriptShiftUp(MathStyle style)
    {
        var box = Typeset(new ScriptsNode(Ord("x"), List(Ord("a")), null), style);
        Assert.Equal(C.SuperscriptShiftUp * Scale(style), Letter(box, 'a').Y, 6);
        var cramped = Typeset(new ScriptsNode(Ord("x"), List(Ord("a")), null), style, cramped: true);
        Assert.Equal(C.SuperscriptShiftUpCramped * Scale(style), Letter(cramped, 'a').Y, 6);
    }

    [Theory]
    [MemberData(nameof(AllStyles))]
    public void LoneSubscriptOfALetterDropsByTexsSub1AndWithASuperscriptBySubscriptShiftDown(MathStyle style)
    {
        var box = Typeset(new ScriptsNode(Ord("x"), null, List(Ord("a"))), style);
        Assert.Equal(-System.Math.Min(C.SubscriptShiftDown, 150) * Scale(style), Letter(box, 'a').Y, 6);
        var both = Typeset(new ScriptsNode(Ord("x"), List(Ord("b")), List(Ord("a"))), style);
        Assert.True(-Letter(both, 'a').Y >= C.SubscriptShiftDown * Scale(style) - 1e-9);
    }

    [Theory]
    [MemberData(nameof(AllStyles))]
    public void ScriptsAreScaledByTheFontPercentages(MathStyle style)
    {
        var box = Typeset(new ScriptsNode(Ord("x"), List(Ord("a")), null), style);
        var expected = style switch
        {
            MathStyle.Display or MathStyle.Text => C.ScriptPercentScaleDown / 100.0,
            _ => C.ScriptScriptPercentScaleDown / 100.0,
        };
        Assert.Equal(expected, Letter(box, 'a').Glyph.Scale, 6);
    }

    [Theory]
    [MemberData(nameof(AllStyles))]
    public void RadicalRuleHasTheFontThicknessAndAtLeastTheVerticalGap(MathStyle style)
    {
        var box = Typeset(new RadicalNode(List(Ord("x")), null), style);
        var (rule, _, y) = FindRule(box);
        var s = Scale(style);
        Assert.Equal(C.RadicalRuleThickness * s, rule.TotalHeight, 6);
        var radicandTop = Letter(box, 'x').Glyph.Height;
        var gap = style == MathStyle.Display ? C.RadicalDisplayStyleVerticalGap : C.RadicalVerticalGap;
        Assert.True(y - radicandTop >= gap * s - 1e-9, $"gap {y - radicandTop} < {gap * s}");
        Assert.Equal(y + rule.TotalHeight + C.RadicalExtraAscender * s, box.Height, 6);
    }

    [Fact]
    public void DisplayLimitsKeepTheLimitGaps()
    {
        var sum = new BigOperator("\u2211", null, LimitsMode.DisplayLimits);
        var box = Typeset(new ScriptsNode(sum, List(Ord("n")), List(Ord("i"))), MathStyle.Display);
        var op = Flatten(box).Where(b => b.Box is GlyphBox { Scale: 1.0 }).Select(b => (Box: (GlyphBox)b.Box, b.Y)).Single();
        Assert.True(op.Box.TotalHeight >= C.DisplayOperatorMinHeight);
        var opTop = op.Y + op.Box.Height;
        var opBottom = op.Y - op.Box.Depth;
        var (n, _, nY) = Letter(box, 'n');
        var (i, _, iY) = Letter(box, 'i');
        Assert.Equal(opTop + System.Math.Max(C.UpperLimitGapMin + n.Depth, C.UpperLimitBaselineRiseMin), nY, 6);
        Assert.Equal(opBottom - System.Math.Max(C.LowerLimitGapMin + i.Height, C.LowerLimitBaselineDropMin), iY, 6);
    }

    [Fact]
    public void TextSumIsCentredOnTheAxis()
    {
        var box = Typeset(new BigOperator("\u2211", null, LimitsMode.DisplayLimits), MathStyle.Text);
        Assert.Equal(C.AxisHeight, (box.Height - box.Depth) / 2, 6);
    }
}
