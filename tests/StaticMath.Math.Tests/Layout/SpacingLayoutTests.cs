using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.Layout;

public class SpacingLayoutTests
{
    private const double Mu = 1000.0 / 18;

    [Fact]
    public void BinaryOperatorGetsMediumSpaceOnBothSidesInTextStyle()
    {
        var box = Typeset(List(Ord("a"), Bin("+"), Ord("b")));
        Assert.Equal(500 + 4 * Mu + 800 + 4 * Mu + 500, box.Width, 6);
    }

    [Fact]
    public void RelationGetsThickSpace()
    {
        var box = Typeset(List(Ord("a"), Rel("="), Ord("b")));
        Assert.Equal(500 + 5 * Mu + 800 + 5 * Mu + 500, box.Width, 6);
    }

    [Fact]
    public void BracketedSpacesVanishInScriptStyle()
    {
        var box = Typeset(List(Ord("a"), Bin("+"), Ord("b")), MathStyle.Script);
        Assert.Equal((500 + 800 + 500) * 0.7, box.Width, 6);
    }

    [Fact]
    public void ThinSpaceBetweenOrdAndOpSurvivesInScriptStyle()
    {
        var op = new BigOperator(null, List(new SymbolAtom(AtomClass.Ord, "l", MathVariant.Normal)), LimitsMode.DisplayLimits);
        var box = Typeset(List(Ord("a"), op), MathStyle.Script);
        Assert.Equal((500 + 500) * 0.7 + 3 * Mu * 0.7, box.Width, 6);
    }

    [Fact]
    public void LeadingBinaryOperatorIsDemotedToOrd()
    {
        var box = Typeset(List(Bin("-"), Ord("a")));
        Assert.Equal(500 + 500, box.Width, 6);
    }

    [Fact]
    public void BinaryOperatorAfterRelationIsDemotedToOrd()
    {
        // a = -b: thick spaces around '=', none around the sign.
        var box = Typeset(List(Ord("a"), Rel("="), Bin("-"), Ord("b")));
        Assert.Equal(500 + 5 * Mu + 800 + 5 * Mu + 500 + 500, box.Width, 6);
    }

    [Fact]
    public void BinaryOperatorBeforeCloseIsDemotedToOrd()
    {
        var box = Typeset(List(Open("("), Ord("a"), Bin("+"), Close(")")));
        Assert.Equal(400 + 500 + 800 + 400, box.Width, 6);
    }

    [Fact]
    public void ExplicitSpaceDoesNotBreakInterAtomSpacing()
    {
        var box = Typeset(List(Ord("a"), new SpaceNode(3, SpaceUnit.Mu), Bin("+"), Ord("b")));
        Assert.Equal(500 + 3 * Mu + 4 * Mu + 800 + 4 * Mu + 500, box.Width, 6);
    }

    [Fact]
    public void StyleChangeAppliesToTheRestOfTheList()
    {
        var box = Typeset(List(Ord("a"), new StyleNode(MathStyle.Script), Ord("b")));
        Assert.Equal(500 + 500 * 0.7, box.Width, 6);
    }

    [Fact]
    public void ItalicCorrectionIsAddedAfterALoneCharacter()
    {
        var box = Typeset(List(Ord("f"), Ord("a")));
        Assert.Equal(500 + 100 + 500, box.Width, 6);
    }

    [Fact]
    public void MuSpaceScalesWithScriptStyle()
    {
        var box = Typeset(List(new SpaceNode(18, SpaceUnit.Mu)), MathStyle.ScriptScript);
        Assert.Equal(500, box.Width, 6);
    }
}
