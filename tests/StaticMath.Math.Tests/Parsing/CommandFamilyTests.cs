using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Parsing.ParseTestSupport;

namespace StaticMath.Math.Tests.Parsing;

public sealed class CommandFamilyTests
{
    [Fact]
    public void FracTakesTwoArgumentsIncludingSingleTokens()
    {
        var fraction = Single<FractionNode>(@"\frac12");
        Assert.Equal("1", Text(fraction.Numerator));
        Assert.Equal("2", Text(fraction.Denominator));
        Assert.Null(fraction.Style);
    }

    [Theory]
    [InlineData(@"\dfrac{a}{b}", MathStyle.Display)]
    [InlineData(@"\tfrac{a}{b}", MathStyle.Text)]
    public void StyledFractionsForceTheirStyle(string tex, MathStyle style) => Assert.Equal(style, Single<FractionNode>(tex).Style);

    [Fact]
    public void BinomIsARulelessFractionWithParentheses()
    {
        var binom = Single<FractionNode>(@"\binom{n}{k}");
        Assert.Equal((0.0, "(", ")"), (binom.RuleThicknessEm!.Value, binom.LeftDelimiter!, binom.RightDelimiter!));
        Assert.Equal(MathStyle.Display, Single<FractionNode>(@"\dbinom{n}{k}").Style);
    }

    [Fact]
    public void CfracIsContinuedWithItsAlignment()
    {
        var cfrac = Single<FractionNode>(@"\cfrac[l]{1}{x}");
        Assert.True(cfrac.Continued);
        Assert.Equal(-1, cfrac.NumeratorAlign);
    }

    [Fact]
    public void GenfracReadsDelimitersThicknessAndStyle()
    {
        var fraction = Single<FractionNode>(@"\genfrac{[}{]}{0pt}{1}{a}{b}");
        Assert.Equal(("[", "]", 0.0, MathStyle.Text), (fraction.LeftDelimiter, fraction.RightDelimiter, fraction.RuleThicknessEm, fraction.Style));
    }

    [Fact]
    public void SqrtTakesAnOptionalDegree()
    {
        Assert.Null(Single<RadicalNode>(@"\sqrt{x}").Degree);
        var root = Single<RadicalNode>(@"\sqrt[3]{x+1}");
        Assert.Equal("3", Text(root.Degree!));
        Assert.Equal("x+1", Text(root.Radicand));
    }

    [Theory]
    [InlineData(@"\hat{x}", "\u0302", false, false)]
    [InlineData(@"\widehat{xy}", "\u0302", true, false)]
    [InlineData(@"\vec v", "\u20D7", false, false)]
    [InlineData(@"\overrightarrow{AB}", "\u2192", true, false)]
    [InlineData(@"\underleftarrow{AB}", "\u2190", true, true)]
    [InlineData(@"\tilde{a}", "\u0303", false, false)]
    [InlineData(@"\ddot{q}", "\u0308", false, false)]
    public void AccentsComeFromTheSymbolTable(string tex, string accent, bool stretchy, bool under)
    {
        var node = Single<AccentNode>(tex);
        Assert.Equal((accent, stretchy, under), (node.AccentText, node.Stretchy, node.Under));
    }

    [Fact]
    public void OverlineAndUnderlineAreLines()
    {
        Assert.False(Single<LineNode>(@"\overline{x}").Under);
        Assert.True(Single<LineNode>(@"\underline{x}").Under);
    }

    [Fact]
    public void UnderbraceLabelAttachesToTheBrace()
    {
        var brace = Single<BraceNode>(@"\underbrace{a+b}_{\text{sum}}");
        Assert.True(brace.Under);
        Assert.IsType<TextNode>(Assert.Single(brace.Label!.Items));
        var over = Single<BraceNode>(@"\overbrace{a+b}^{n}");
        Assert.Equal("n", Text(over.Label!));
    }

    [Fact]
    public void UnderbraceWithASuperscriptKeepsItAsAScript()
    {
        var scripts = Single<ScriptsNode>(@"\underbrace{x}^{2}");
        Assert.IsType<BraceNode>(scripts.Nucleus);
    }

    [Fact]
    public void LeftMiddleRightMakeADelimitedGroupWithSegments()
    {
        var node = Single<DelimitedNode>(@"\left( a \middle| b \right.");
        Assert.Equal("(", node.Left);
        Assert.Null(node.Right);
        Assert.Equal(2, node.Segments.Count);
        Assert.Equal("|", Assert.Single(node.Middles));
    }

    [Theory]
    [InlineData(@"\left\langle x \right\rangle", "\u27E8", "\u27E9")]
    [InlineData(@"\left\{ x \right\}", "{", "}")]
    [InlineData(@"\left\lVert x \right\rVert", "\u2016", "\u2016")]
    [InlineData(@"\left< x \right>", "\u27E8", "\u27E9")]
    [InlineData(@"\left\lfloor x \right\rceil", "\u230A", "\u2309")]
    public void LeftRightAcceptDelimiterCommandsAndCharacters(string tex, string left, string right)
    {
        var node = Single<DelimitedNode>(tex);
        Assert.Equal((left, right), (node.Left, node.Right));
    }

    [Fact]
    public void LeftWithoutRightReportsWhereItOpened()
    {
        var parsed = Parse(@"x + \left( a");
        Assert.Equal(@"Missing \right for \left opened at offset 4", Assert.Single(parsed.Errors).Message);
    }

    [Theory]
    [InlineData(@"\big(", 1, AtomClass.Ord)]
    [InlineData(@"\Bigl[", 2, AtomClass.Open)]
    [InlineData(@"\biggr\rangle", 3, AtomClass.Close)]
    [InlineData(@"\Biggm|", 4, AtomClass.Rel)]
    public void BigFamilySetsSizeAndClass(string tex, int size, AtomClass atomClass)
    {
        var node = Single<SizedDelimiterNode>(tex);
        Assert.Equal((size, atomClass), (node.Size, node.Class));
    }

    [Fact]
    public void OperatornameIsANamedOperatorAndTheStarFormTakesLimits()
    {
        var plain = Single<BigOperator>(@"\operatorname{sgn}");
        Assert.Equal(("sgn", LimitsMode.NoLimits), (Text(plain.Name!), plain.Limits));
        var starred = Assert.IsType<BigOperator>(Single<ScriptsNode>(@"\operatorname*{arg\,min}_x").Nucleus);
        Assert.Equal(LimitsMode.DisplayLimits, starred.Limits);
    }

    [Theory]
    [InlineData(@"\mathbin{x}", AtomClass.Bin)]
    [InlineData(@"\mathrel{x}", AtomClass.Rel)]
    [InlineData(@"\mathord{+}", AtomClass.Ord)]
    [InlineData(@"\mathopen{x}", AtomClass.Open)]
    [InlineData(@"\mathclose{x}", AtomClass.Close)]
    [InlineData(@"\mathpunct{x}", AtomClass.Punct)]
    [InlineData(@"\mathinner{x}", AtomClass.Inner)]
    public void ClassCommandsWrapTheirArgument(string tex, AtomClass atomClass) => Assert.Equal(atomClass, Single<ClassedGroup>(tex).Class);

    [Fact]
    public void MathopIsAnOperatorWithDisplayLimits()
    {
        Assert.Equal(LimitsMode.DisplayLimits, Single<BigOperator>(@"\mathop{\mathrm{Var}}").Limits);
    }

    [Theory]
    [InlineData(@"\mathbb{R}", MathVariant.DoubleStruck)]
    [InlineData(@"\mathcal{L}", MathVariant.Calligraphic)]
    [InlineData(@"\mathscr{F}", MathVariant.Script)]
    [InlineData(@"\mathfrak{g}", MathVariant.Fraktur)]
    [InlineData(@"\mathbf{x}", MathVariant.Bold)]
    [InlineData(@"\mathit{x}", MathVariant.Italic)]
    [InlineData(@"\mathrm{d}", MathVariant.Normal)]
    [InlineData(@"\mathsf{x}", MathVariant.SansSerif)]
    [InlineData(@"\mathtt{x}", MathVariant.Monospace)]
    [InlineData(@"\boldsymbol{x}", MathVariant.BoldItalic)]
    [InlineData(@"\bm{x}", MathVariant.BoldItalic)]
    public void AlphabetCommandsSetTheVariant(string tex, MathVariant variant) => Assert.Equal(variant, Single<SymbolAtom>(tex).Variant);

    [Fact]
    public void AlphabetsApplyInsideNestedGroupsButNotToOperators()
    {
        var group = Single<MathList>(@"\mathbf{a + {b^2}}");
        Assert.Equal(MathVariant.Bold, Atom(group.Items[0]).Variant);
        Assert.Equal(MathVariant.Default, Atom(group.Items[1]).Variant);
        var scripts = Assert.IsType<ScriptsNode>(Assert.IsType<MathList>(group.Items[2]).Items[0]);
        Assert.Equal(MathVariant.Bold, Atom(scripts.Nucleus).Variant);
        Assert.Equal(MathVariant.Bold, Atom(scripts.Superscript!.Items[0]).Variant);
    }

    [Fact]
    public void BoldsymbolAppliesToEverySymbol()
    {
        var group = Single<MathList>(@"\boldsymbol{\alpha + \mu}");
        Assert.All(group.Items, i => Assert.Equal(MathVariant.BoldItalic, Atom(i).Variant));
    }

    [Fact]
    public void OldStyleFontSwitchLastsToTheEndOfTheGroup()
    {
        var items = Items(@"{\bf x} y");
        Assert.Equal(MathVariant.Bold, Atom(Assert.IsType<MathList>(items[0]).Items[0]).Variant);
        Assert.Equal(MathVariant.Default, Atom(items[1]).Variant);
    }

    [Theory]
    [InlineData(@"\,", 3, SpaceUnit.Mu)]
    [InlineData(@"\:", 4, SpaceUnit.Mu)]
    [InlineData(@"\>", 4, SpaceUnit.Mu)]
    [InlineData(@"\;", 5, SpaceUnit.Mu)]
    [InlineData(@"\!", -3, SpaceUnit.Mu)]
    [InlineData(@"\quad", 1, SpaceUnit.Em)]
    [InlineData(@"\qquad", 2, SpaceUnit.Em)]
    [InlineData(@"\enspace", 0.5, SpaceUnit.Em)]
    [InlineData(@"\hspace{1em}", 1, SpaceUnit.Em)]
    [InlineData(@"\hspace{5pt}", 0.5, SpaceUnit.Em)]
    [InlineData(@"\hspace*{2mm}", 0.569055, SpaceUnit.Em)]
    [InlineData(@"\kern-3mu", -3, SpaceUnit.Mu)]
    [InlineData(@"\mkern 6mu", 6, SpaceUnit.Mu)]
    [InlineData(@"\mskip 2mu plus 1mu", 2, SpaceUnit.Mu)]
    [InlineData(@"\kern.5em", 0.5, SpaceUnit.Em)]
    [InlineData(@"\hskip 1in", 7.227, SpaceUnit.Em)]
    [InlineData(@"\hspace{1cm}", 2.845276, SpaceUnit.Em)]
    public void SpacingCommandsConvertUnitsWithTenPointEm(string tex, double amount, SpaceUnit unit)
    {
        var space = Single<SpaceNode>(tex);
        Assert.Equal(unit, space.Unit);
        Assert.Equal(amount, space.Amount, 5);
    }

    [Fact]
    public void InvalidDimensionIsReported()
    {
        var parsed = Parse(@"\hspace{wide}");
        Assert.Contains("Invalid dimension 'wide'", Assert.Single(parsed.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StylesAndSizesAreListItems()
    {
        var items = Items(@"\displaystyle x \Large y");
        Assert.Equal(MathStyle.Display, Assert.IsType<StyleNode>(items[0]).Style);
        Assert.Equal(1.44, Assert.IsType<SizeNode>(items[2]).Scale);
    }

    [Fact]
    public void PhantomsSmashAndLaps()
    {
        Assert.Equal((true, true), Pair(Single<PhantomNode>(@"\phantom{x}")));
        Assert.Equal((true, false), Pair(Single<PhantomNode>(@"\hphantom{x}")));
        Assert.Equal((false, true), Pair(Single<PhantomNode>(@"\vphantom{x}")));
        var smash = Single<SmashNode>(@"\smash[b]{y}");
        Assert.Equal((false, true), (smash.SmashHeight, smash.SmashDepth));
        Assert.Equal(0, Single<LapNode>(@"\mathclap{\sum}").Alignment);
        Assert.Equal(-1, Single<LapNode>(@"\mathllap{x}").Alignment);
        Assert.Equal(1, Single<LapNode>(@"\rlap{x}").Alignment);

        static (bool, bool) Pair(PhantomNode p) => (p.KeepWidth, p.KeepHeight);
    }

    [Fact]
    public void RaiseboxAndRuleMeasureInEm()
    {
        var raise = Single<RaiseNode>(@"\raisebox{0.5em}{text}");
        Assert.Equal(0.5, raise.AmountEm);
        Assert.IsType<TextNode>(Assert.Single(raise.Body.Items));
        var rule = Single<RuleNode>(@"\rule[-1pt]{2em}{10pt}");
        Assert.Equal((2.0, 1.0, -0.1), (rule.WidthEm, rule.HeightEm, rule.RaiseEm));
    }

    [Fact]
    public void BoxesKeepFrameAndBackground()
    {
        Assert.Equal("currentColor", Single<BoxNode>(@"\boxed{x}").FrameColor);
        var colorbox = Single<BoxNode>(@"\colorbox{yellow}{hi}");
        Assert.Equal(("yellow", true), (colorbox.BackgroundColor!, colorbox.TextMode));
        var fcolorbox = Single<BoxNode>(@"\fcolorbox{red}{white}{hi}");
        Assert.Equal(("red", "white"), (fcolorbox.FrameColor!, fcolorbox.BackgroundColor!));
    }

    [Theory]
    [InlineData(@"\cancel{x}", CancelKind.Cancel)]
    [InlineData(@"\bcancel{x}", CancelKind.BCancel)]
    [InlineData(@"\xcancel{x}", CancelKind.XCancel)]
    [InlineData(@"\sout{x}", CancelKind.Strike)]
    public void CancelFamily(string tex, CancelKind kind) => Assert.Equal(kind, Single<CancelNode>(tex).Kind);

    [Fact]
    public void ExtensibleArrowsTakeAnOptionalBelowAndARequiredAbove()
    {
        var arrow = Single<ExtensibleArrowNode>(@"\xrightarrow[n\to\infty]{f}");
        Assert.Equal("\u2192", arrow.ArrowText);
        Assert.Equal("f", Text(arrow.Above!));
        Assert.Equal(3, arrow.Below!.Items.Count);
        Assert.Null(Single<ExtensibleArrowNode>(@"\xleftarrow{}").Above);
    }

    [Fact]
    public void OversetUnderAndStackrelKeepTheBaseClass()
    {
        var overset = Single<StackNode>(@"\overset{def}{=}");
        Assert.Equal(AtomClass.Rel, overset.Class);
        Assert.Equal("def", Text(overset.Over!));
        Assert.Equal(AtomClass.Ord, Single<StackNode>(@"\underset{x}{y}").Class);
        Assert.Equal(AtomClass.Rel, Single<StackNode>(@"\stackrel{?}{x}").Class);
    }

    [Fact]
    public void SubstackMakesASmallCenteredArray()
    {
        var scripts = Single<ScriptsNode>(@"\sum_{\substack{0<i<m\\0<j<n}}");
        var array = Assert.IsType<ArrayNode>(Assert.Single(scripts.Subscript!.Items));
        Assert.Equal((ArrayKind.Small, MathStyle.Script, 2), (array.Kind, array.Style, array.Rows.Count));
    }

    [Fact]
    public void ModFamilyExpandsToOperatorText()
    {
        Assert.Empty(Parse(@"a \equiv b \pmod{n}, a \bmod b, \pod{m}, x \mod 3").Errors);
    }

    [Fact]
    public void IffIsARelationWithThickSpaces()
    {
        var items = Items(@"a \iff b");
        Assert.IsType<SpaceNode>(items[1]);
        Assert.Equal(AtomClass.Rel, Atom(items[2]).Class);
    }

    [Fact]
    public void MathchoiceKeepsAllFourBranches()
    {
        var choice = Single<MathChoiceNode>(@"\mathchoice{D}{T}{S}{SS}");
        Assert.Equal("SS", Text(choice.ScriptScript));
    }
}
