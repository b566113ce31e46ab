using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Parsing.ParseTestSupport;

namespace StaticMath.Math.Tests.Parsing;

public sealed class CoreParsingTests
{
    [Fact]
    public void LettersDigitsAndOperatorsGetTeXClasses()
    {
        var items = Items("a+1=b-(c),d");
        var classes = items.Select(i => Atom(i).Class).ToArray();
        Assert.Equal(
            [AtomClass.Ord, AtomClass.Bin, AtomClass.Ord, AtomClass.Rel, AtomClass.Ord, AtomClass.Bin, AtomClass.Open, AtomClass.Ord, AtomClass.Close, AtomClass.Punct, AtomClass.Ord],
            classes);
        Assert.Equal("\u2212", Atom(items[5]).Text);
    }

    [Fact]
    public void NodesRememberTheirSourceOffsets()
    {
        var items = Items(@"x + \alpha");
        Assert.Equal(0, items[0].Offset);
        Assert.Equal(2, items[1].Offset);
        Assert.Equal(4, items[2].Offset);
    }

    [Fact]
    public void BracesMakeANestedList()
    {
        var group = Single<MathList>("{a b}");
        Assert.Equal("ab", Text(group));
    }

    [Fact]
    public void SubscriptAndSuperscriptAttachToTheNucleus()
    {
        var scripts = Single<ScriptsNode>("x_i^{2}");
        Assert.Equal("x", Atom(scripts.Nucleus).Text);
        Assert.Equal("i", Text(scripts.Subscript!));
        Assert.Equal("2", Text(scripts.Superscript!));
    }

    [Fact]
    public void PrimesBecomeSuperscriptPrimesAndCombineWithAnExplicitSuperscript()
    {
        Assert.Equal("\u2032", Text(Single<ScriptsNode>("f'").Superscript!));
        Assert.Equal("\u2033", Text(Single<ScriptsNode>("f''").Superscript!));
        Assert.Equal("\u20322", Text(Single<ScriptsNode>("f'^2").Superscript!));
    }

    [Fact]
    public void DoubleSuperscriptIsReported()
    {
        var parsed = Parse("x^1^2");
        Assert.Contains(parsed.Errors, e => e.Message.StartsWith("Double superscript", StringComparison.Ordinal) && e.Offset == 3);
    }

    [Fact]
    public void UnknownCommandBecomesAnErrorNodeInPlaceAndTheRestStillParses()
    {
        var parsed = Parse(@"a + \foo + b");
        var items = ((MathList)parsed.Root).Items;
        Assert.Equal(5, items.Count);
        var error = Assert.IsType<ErrorNode>(items[2]);
        Assert.Equal(@"\foo", error.Text);
        Assert.Equal(4, error.Offset);
        var reported = Assert.Single(parsed.Errors);
        Assert.Equal(4, reported.Offset);
        Assert.Equal(@"Undefined control sequence \foo", reported.Message);
        Assert.Equal("b", Atom(items[4]).Text);
    }

    [Fact]
    public void MissingClosingBraceReportsWhereTheGroupOpened()
    {
        var parsed = Parse(@"a {b {c}");
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(2, error.Offset);
        Assert.Equal("Missing } for { opened at offset 2", error.Message);
    }

    [Fact]
    public void ExtraClosingBraceIsReportedAtItsOffset()
    {
        var parsed = Parse("a}b");
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(1, error.Offset);
    }

    [Fact]
    public void DeeplyNestedInputGivesAnErrorInsteadOfCrashing()
    {
        var tex = new string('{', 5000) + "x" + new string('}', 5000);
        var parsed = Parse(tex);
        Assert.Contains(parsed.Errors, e => e.Message.Contains("nested too deeply", StringComparison.Ordinal));
    }

    [Fact]
    public void CommentsAreIgnoredToTheEndOfTheLine()
    {
        Assert.Equal("ab", string.Concat(Items("a % comment\n b").Select(i => Atom(i).Text)));
    }

    [Fact]
    public void InfixOverSplitsTheGroupIntoAFraction()
    {
        var group = Single<MathList>("{a+b \\over c}");
        var fraction = Assert.IsType<FractionNode>(Assert.Single(group.Items));
        Assert.Equal("a+b", Text(fraction.Numerator));
        Assert.Equal("c", Text(fraction.Denominator));
        Assert.Null(fraction.RuleThicknessEm);
    }

    [Fact]
    public void ChooseIsARulelessFractionInParentheses()
    {
        var fraction = Single<FractionNode>("n \\choose k");
        Assert.Equal(0, fraction.RuleThicknessEm);
        Assert.Equal("(", fraction.LeftDelimiter);
        Assert.Equal(")", fraction.RightDelimiter);
    }

    [Fact]
    public void TopLevelLineBreaksMakeAGatheredArray()
    {
        var array = Single<ArrayNode>(@"a \\ b");
        Assert.Equal(ArrayKind.Gather, array.Kind);
        Assert.Equal(2, array.Rows.Count);
    }

    [Fact]
    public void UnicodeCharactersTypedDirectlyGetTheirClass()
    {
        var items = Items("α ≤ ∑ ℝ");
        Assert.Equal(AtomClass.Ord, Atom(items[0]).Class);
        Assert.Equal(AtomClass.Rel, Atom(items[1]).Class);
        Assert.Equal("\u2211", Assert.IsType<BigOperator>(items[2]).Symbol);
        Assert.Equal("ℝ", Atom(items[3]).Text);
    }

    [Fact]
    public void ParseNeverThrowsOnGarbage()
    {
        foreach (var tex in (string[])[@"\", "}", "{", "^", "_", "&", "#", @"\left(", @"\right)", @"\begin{", @"\frac", @"\sqrt[", "$", @"\\\\", @"\end{x}", "x^", @"\not"])
        {
            var parsed = Parse(tex);
            Assert.NotNull(parsed.Root);
        }
    }
}
