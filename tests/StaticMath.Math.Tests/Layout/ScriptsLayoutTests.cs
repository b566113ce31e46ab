using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.Layout;

public class ScriptsLayoutTests
{
    private static ScriptsNode Scripts(MathNode nucleus, MathNode? sup, MathNode? sub) =>
        new(nucleus, sup is null ? null : List(sup), sub is null ? null : List(sub));

    [Fact]
    public void SuperscriptOfACharacterUsesSuperscriptShiftUpAndTheScriptAlternate()
    {
        var box = Typeset(Scripts(Ord("x"), Ord("2"), null));
        var (two, x, y) = FindGlyph(box, g => g.Scale == 0.7);
        Assert.NotEqual(GlyphOf("2"), two.Glyph); // ssty alternate in script style
        Assert.Equal(350, y, 6);
        Assert.Equal(500, x, 6);
        Assert.Equal(500 + 600 * 0.7 + 50, box.Width, 6); // + SpaceAfterScript
        Assert.Equal(350 + 800 * 0.7, box.Height, 6);
    }

    [Fact]
    public void SubscriptAloneUsesSubscriptShiftDown()
    {
        var box = Typeset(Scripts(Ord("x"), null, Ord("i")));
        var (_, _, y) = FindGlyph(box, g => g.Scale == 0.7);
        Assert.Equal(-150, y, 6);
        Assert.Equal(150, box.Depth, 6);
    }

    [Fact]
    public void BothScriptsKeepTheMinimumGapThenLiftTheSuperscript()
    {
        var box = Typeset(Scripts(Ord("x"), Ord("a"), Ord("i")));
        var ys = Flatten(box).Where(b => b.Box is StaticMath.Math.Layout.Boxes.GlyphBox { Scale: 0.7 }).Select(b => b.Y).ToList();
        // gap (350-0)-(350-150)=150 < 200 → sub 200; sup bottom 350 < 400 → both up by 50.
        Assert.Equal([400, -150], ys);
    }

    [Fact]
    public void CrampedStyleUsesTheCrampedSuperscriptShift()
    {
        var context = Context(MathStyle.Text, cramped: true);
        var box = StaticMath.Math.Layout.MathTypesetter.LayoutRoot(Scripts(Ord("x"), Ord("a"), null), context);
        var (_, _, y) = FindGlyph(box, g => g.Scale == 0.7);
        Assert.Equal(300, y, 6);
    }

    [Fact]
    public void ItalicCorrectionMovesOnlyTheSuperscript()
    {
        var box = Typeset(Scripts(Ord("f"), Ord("a"), Ord("i")));
        var (_, supX, _) = FindGlyph(box, g => g.Glyph == ItalicGlyph('a'));
        var (_, subX, _) = FindGlyph(box, g => g.Glyph == ItalicGlyph('i'));
        Assert.Equal(600, supX, 6);
        Assert.Equal(500, subX, 6);
    }

    [Fact]
    public void CompoundNucleusHangsTheSuperscriptFromItsTop()
    {
        var group = new ClassedGroup(AtomClass.Ord, List(Open("(")));
        var box = Typeset(Scripts(group, Ord("a"), null));
        var (_, _, y) = FindGlyph(box, g => g.Glyph == ItalicGlyph('a'));
        Assert.Equal(750 - 250, y, 6); // height − SuperscriptBaselineDropMax
    }

    [Fact]
    public void ScriptsOfAnAccentedCharacterUseTheCharacterShifts()
    {
        var accented = new AccentNode(List(Ord("a")), "\u0302", Stretchy: false);
        var box = Typeset(Scripts(accented, null, Ord("i")));
        var (_, _, y) = FindGlyph(box, g => g.Glyph == ItalicGlyph('i'));
        Assert.Equal(-150, y, 6); // SubscriptShiftDown, not the accent box's depth + drop
    }

    [Fact]
    public void ScriptsOfScriptsAreScriptScriptSize()
    {
        var box = Typeset(Scripts(Ord("x"), Scripts(Ord("y"), Ord("z"), null), null));
        var (z, _, _) = FindGlyph(box, g => g.Glyph == ItalicGlyph('z'));
        Assert.Equal(0.5, z.Scale, 6);
    }
}
