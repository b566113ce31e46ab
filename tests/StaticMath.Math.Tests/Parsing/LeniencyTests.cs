using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Parsing.ParseTestSupport;

namespace StaticMath.Math.Tests.Parsing;

/// <summary>Input MathJax forgives is forgiven here too; what cannot be trusted stays an error of the whole expression.</summary>
public sealed class LeniencyTests
{
    [Theory]
    [InlineData(@"\foo + x^2", 0)]
    [InlineData(@"a + \foo{b} + c", 4)]
    [InlineData(@"\text{see \foo here}", 10)]
    [InlineData(@"a & b", 2)]
    public void ProblemsConfinedToOneTokenAreLocalErrorsAtTheirOffset(string tex, int offset)
    {
        var parsed = Parse(tex);
        var error = Assert.Single(parsed.Errors);
        Assert.True(error.IsLocal, error.Message);
        Assert.Equal(offset, error.Offset);
    }

    [Theory]
    [InlineData(@"{a + b")]
    [InlineData(@"a + b}")]
    [InlineData(@"\frac{a}")]
    [InlineData(@"x^")]
    public void UnbalancedOrIncompleteInputIsNotLocal(string tex)
    {
        var parsed = Parse(tex);
        Assert.NotEmpty(parsed.Errors);
        Assert.Contains(parsed.Errors, e => !e.IsLocal);
    }

    [Fact]
    public void UndefinedMacroRendersRedInPlaceAndTheRestAtFullSize()
    {
        var clean = MathRenderer.Default.Render(@"\alpha + x^2", MathMode.Inline);
        var result = MathRenderer.Default.Render(@"\foo + x^2", MathMode.Inline);
        Assert.True(result.HasOnlyLocalErrors);
        Assert.Contains("fill=\"#cc0000\"", result.Svg);
        // The superscript is set as usual: same height as with a defined symbol in its place.
        Assert.Equal(clean.HeightEm, result.HeightEm, 3);
        Assert.True(result.WidthEm > clean.WidthEm);
    }

    [Theory]
    [InlineData(@"\#", "#")]
    [InlineData(@"\$", "$")]
    [InlineData(@"\%", "%")]
    [InlineData(@"\&", "&")]
    [InlineData(@"\_", "_")]
    [InlineData(@"\{", "{")]
    [InlineData(@"\}", "}")]
    public void EscapedSpecialCharactersAreSymbols(string tex, string text) => Assert.Equal(text, Single<SymbolAtom>(tex).Text);

    [Fact]
    public void EscapedSpecialCharactersWorkInText()
    {
        var text = Single<TextNode>(@"\text{\# \$ \% \& \_ \{ \}}");
        Assert.Equal("# $ % & _ { }", string.Concat(text.Runs.OfType<PlainTextRun>().Select(r => r.Text)));
    }

    [Fact]
    public void AndIsAnOrdinaryAmpersandBetweenThickSpaces()
    {
        var items = Items(@"x \And y");
        Assert.Equal("x<SpaceNode>&<SpaceNode>y", Text(new MathList(items)));
        Assert.Equal(AtomClass.Ord, Atom(items[2]).Class);
        Assert.All([items[1], items[3]], space => Assert.Equal(5, Assert.IsType<SpaceNode>(space).Amount));
    }

    [Theory]
    [InlineData(@"a \atop b", 0.0, null, null)]
    [InlineData(@"a \above 2pt b", 0.2, null, null)]
    [InlineData(@"a \overwithdelims ( ) b", null, "(", ")")]
    [InlineData(@"a \atopwithdelims [ \} b", 0.0, "[", "}")]
    [InlineData(@"a \abovewithdelims . \rangle 2pt b", 0.2, null, "\u27E9")]
    [InlineData(@"a \choose b", 0.0, "(", ")")]
    public void InfixGeneralizedFractionsReadTheirDelimitersAndRule(string tex, double? rule, string? left, string? right)
    {
        var fraction = Assert.IsType<FractionNode>(Assert.Single(Items(tex)));
        Assert.Equal("a", Text(fraction.Numerator));
        Assert.Equal("b", Text(fraction.Denominator));
        Assert.Equal(rule is null, fraction.RuleThicknessEm is null);
        if (rule is not null)
        {
            Assert.Equal(rule.Value, fraction.RuleThicknessEm!.Value, 2);
        }

        Assert.Equal(left, fraction.LeftDelimiter);
        Assert.Equal(right, fraction.RightDelimiter);
    }

    [Fact]
    public void AnInfixFractionWithoutSurroundingListIsAClearError()
    {
        var error = Assert.Single(Parse(@"\sqrt\over").Errors);
        Assert.Contains(@"Misplaced \over", error.Message);
    }

    [Fact]
    public void SidesetPutsScriptsOnBothSidesOfTheOperatorWhichKeepsItsLimits()
    {
        var scripts = Assert.IsType<ScriptsNode>(Assert.Single(Items(@"\sideset{_a^b}{_c^d}\sum_{i=1}^n")));
        Assert.Equal("n", Text(scripts.Superscript!));
        var op = Assert.IsType<BigOperator>(scripts.Nucleus);
        Assert.Equal(LimitsMode.DisplayLimits, op.Limits);
        var sides = op.Name!.Items;
        Assert.Equal(2, sides.Count);
        var left = Assert.IsType<ScriptsNode>(sides[0]);
        Assert.Equal(("b", "a"), (Text(left.Superscript!), Text(left.Subscript!)));
        var strut = Assert.IsType<PhantomNode>(left.Nucleus);
        Assert.False(strut.KeepWidth);
        var right = Assert.IsType<ScriptsNode>(sides[1]);
        Assert.Equal(("d", "c"), (Text(right.Superscript!), Text(right.Subscript!)));
        var shared = Assert.IsType<SharedList>(right.Nucleus);
        Assert.Equal("\u2211", Assert.IsType<BigOperator>(Assert.Single(shared.Body.Items)).Symbol);
        // The strut is the operator itself (laid out once), not a copy.
        Assert.Same(shared, Assert.Single(strut.Body.Items));
    }

    [Fact]
    public void SidesetWithAPrimeOnlyAndItsRendering()
    {
        var op = Assert.IsType<ScriptsNode>(Assert.Single(Items(@"\sideset{}{'}\sum_{n<k}"))).Nucleus;
        var sides = Assert.IsType<BigOperator>(op).Name!.Items;
        Assert.IsType<PhantomNode>(sides[0]);
        Assert.Equal("\u2032", Text(Assert.IsType<ScriptsNode>(sides[1]).Superscript!));

        // Display: left scripts, operator, right scripts side by side; the limit under the operator, not beside it.
        var plain = MathRenderer.Default.Render(@"\sum_{i=1}", MathMode.Display);
        var sideset = MathRenderer.Default.Render(@"\sideset{_a^b}{_c^d}\sum_{i=1}", MathMode.Display);
        Assert.Empty(sideset.Errors);
        Assert.True(sideset.WidthEm > plain.WidthEm);
        // Beside the operator the limit would hang less deep than under it.
        Assert.True(sideset.DepthEm >= plain.DepthEm, $"{sideset.DepthEm} < {plain.DepthEm}");
    }

    [Fact]
    public void XymatrixIsOneClearErrorNamingXypicAndTheRestOfTheExpressionParses()
    {
        var parsed = Parse(@"\xymatrix@C=2em{A \ar[r] & B \\ C} + x");
        var error = Assert.Single(parsed.Errors);
        Assert.Contains("xypic", error.Message);
        Assert.False(error.IsLocal);
        Assert.Equal("+x", Text(new MathList(((MathList)parsed.Root).Items.Skip(1).ToList())));
    }

    [Fact]
    public void AUserMacroNamedXymatrixWins()
    {
        Assert.Equal("x", Text(new MathList(Items(@"\def\xymatrix#1{#1}\xymatrix{x}"))));
    }

    [Theory]
    [InlineData(@"\bigg{[}", "[", 3)]
    [InlineData(@"\Big{\|}", "\u2016", 2)]
    [InlineData(@"\big{ ( }", "(", 1)]
    [InlineData(@"\Bigl{.}", null, 2)]
    public void SizedDelimitersMayBeBraced(string tex, string? delimiter, int size)
    {
        var node = Single<SizedDelimiterNode>(tex);
        Assert.Equal((delimiter, size), (node.Delimiter, node.Size));
    }

    [Fact]
    public void LeftAndRightDelimitersMayBeBraced()
    {
        var node = Single<DelimitedNode>(@"\left{(} x \right{\|}");
        Assert.Equal(("(", "\u2016"), (node.Left, node.Right));
    }

    [Fact]
    public void ABracedGroupThatIsNotADelimiterIsReportedAndStillTypeset()
    {
        var parsed = Parse(@"\big{ab} c");
        Assert.Contains("delimiter", Assert.Single(parsed.Errors).Message);
        Assert.Equal("<SizedDelimiterNode>{ab}c", Text((MathList)parsed.Root));
    }

    [Fact]
    public void ExtraCellsInAnArrayRepeatTheLastColumnAlignmentWithoutError()
    {
        var node = Single<ArrayNode>(@"\begin{array}{cl} a & b & c \\ d & e \end{array}");
        Assert.Equal(3, node.Rows[0].Count);
        var wide = MathRenderer.Default.Render(@"\begin{array}{cl} a & b & c \\ d & e \end{array}", MathMode.Display);
        var narrow = MathRenderer.Default.Render(@"\begin{array}{cl} a & b \\ d & e \end{array}", MathMode.Display);
        Assert.Empty(wide.Errors);
        Assert.True(wide.WidthEm > narrow.WidthEm + 0.3);
    }

    [Theory]
    [InlineData(@"\sqrt \epsilon", @"\sqrt{\epsilon}")]
    [InlineData(@"\frac 1 2", @"\frac{1}{2}")]
    [InlineData(@"\sqrt [3] x", @"\sqrt[3]{x}")]
    [InlineData(@"\frac {a} {b}", @"\frac{a}{b}")]
    [InlineData("\\frac\n1\n2", @"\frac{1}{2}")]
    [InlineData(@"x^ 2_ i", @"x^{2}_{i}")]
    [InlineData(@"\hat  x", @"\hat{x}")]
    public void SpacesBetweenACommandAndItsArgumentsAreSkippedAsInTeX(string spaced, string braced)
    {
        var a = MathRenderer.Default.Render(spaced, MathMode.Display);
        var b = MathRenderer.Default.Render(braced, MathMode.Display);
        Assert.Empty(a.Errors);
        Assert.Equal((b.WidthEm, b.HeightEm, b.DepthEm), (a.WidthEm, a.HeightEm, a.DepthEm));
    }

    [Fact]
    public void AGlyphTheFontLacksIsALocalErrorWithARedMarkInPlace()
    {
        var result = MathRenderer.Default.Render("x + \U0001D7CC + y", MathMode.Inline); // a reserved code point: no font has it
        var error = Assert.Single(result.Errors);
        Assert.Contains("U+1D7CC", error.Message);
        Assert.True(result.HasOnlyLocalErrors);
        Assert.Contains("#cc0000", result.Svg);
    }

    [Fact]
    public void AMisplacedHlineIsLocal() => Assert.True(Assert.Single(Parse(@"a \hline b").Errors).IsLocal);

    [Fact]
    public void TikzcdIsNamedAsUnsupportedWithTheAlternative()
    {
        var error = Assert.Single(Parse(@"\begin{tikzcd} A \arrow[r] & B \end{tikzcd}").Errors);
        Assert.Contains("tikz-cd", error.Message);
        Assert.Contains(@"\begin{CD}", error.Message);
        Assert.False(error.IsLocal);
    }

    [Fact]
    public void AnUnknownEnvironmentIsSkippedToItsMatchingEndWithOneError()
    {
        var parsed = Parse(@"\begin{foo} \begin{foo} \draw & \end{foo} \undefined \end{foo} + b");
        Assert.Equal("Unknown environment 'foo'", Assert.Single(parsed.Errors).Message);
        Assert.Equal("<ErrorNode>+b", Text((MathList)parsed.Root));
    }

    [Fact]
    public void AnUnknownEnvironmentWithoutEndSaysSo()
    {
        var errors = Parse(@"\begin{foo} a + b").Errors;
        Assert.Equal(2, errors.Count);
        Assert.StartsWith(@"Missing \end{foo}", errors[1].Message);
    }

    [Fact]
    public void PlainTexMatrixAndPmatrixTakeABracedBodyWithCrRows()
    {
        var matrix = Single<ArrayNode>(@"\matrix{a & b \cr c & d}");
        Assert.Equal([2, 2], matrix.Rows.Select(r => r.Count));
        var delimited = Single<DelimitedNode>(@"\pmatrix{a & b \cr c & d \cr}");
        Assert.Equal(("(", ")"), (delimited.Left, delimited.Right));
        Assert.Equal(2, Assert.IsType<ArrayNode>(Assert.Single(delimited.Segments[0].Items)).Rows.Count);
    }

    [Fact]
    public void PlainTexCasesSetsItsSecondColumnAsTextWithMathInDollars()
    {
        var cases = Single<DelimitedNode>(@"\cases{x & if $x>0$ \cr -x & otherwise}");
        Assert.Equal(("{", null), (cases.Left, cases.Right));
        var array = Assert.IsType<ArrayNode>(Assert.Single(cases.Segments[0].Items));
        Assert.Equal(ArrayKind.Cases, array.Kind);
        var text = Assert.IsType<TextNode>(Assert.Single(array.Rows[0][1].Items));
        Assert.Equal("if ", Assert.IsType<PlainTextRun>(text.Runs[0]).Text);
        Assert.IsType<MathTextRun>(text.Runs[1]);
        Assert.Equal("otherwise", Assert.IsType<PlainTextRun>(Assert.Single(Assert.IsType<TextNode>(Assert.Single(array.Rows[1][1].Items)).Runs)).Text);
    }

    [Fact]
    public void EqalignAndDisplaylinesAreDisplayAlignments()
    {
        var eqalign = Single<ArrayNode>(@"\eqalign{a &= b \cr c &= d}");
        Assert.Equal((ArrayKind.Align, ColumnAlign.Right, ColumnAlign.Left), (eqalign.Kind, eqalign.Columns[0].Align, eqalign.Columns[1].Align));
        var lines = Single<ArrayNode>(@"\displaylines{a \cr b \cr c}");
        Assert.Equal((ArrayKind.Gather, 3), (lines.Kind, lines.Rows.Count));
    }

    [Fact]
    public void PlainTexAlignmentWithoutBracesIsAClearError() =>
        Assert.Contains(@"\cr", Assert.Single(Parse(@"\matrix a").Errors).Message);

    [Theory]
    [InlineData(@"\unicode{x221E}", "\u221E")]
    [InlineData(@"\unicode{8734}", "\u221E")]
    [InlineData(@"\unicode[Arial]{0x41}", "A")]
    public void UnicodeGivesTheCharacterOfItsCodePoint(string tex, string text) => Assert.Equal(text, Single<SymbolAtom>(tex).Text);

    [Fact]
    public void UnicodeWithAnInvalidCodeIsAnError() => Assert.Contains(@"\unicode", Assert.Single(Parse(@"\unicode{xZZ}").Errors).Message);

    [Fact]
    public void BuildrelPutsItsTopOverTheRelationAfterOver()
    {
        var stack = Single<StackNode>(@"\buildrel {\rm def} \over =");
        Assert.Equal(AtomClass.Rel, stack.Class);
        Assert.Equal("=", Text(stack.Base));
        Assert.Equal("{def}", Text(stack.Over!));
        Assert.Contains(@"\over", Assert.Single(Parse(@"\buildrel x").Errors).Message);
    }

    [Theory]
    [InlineData(@"\raise 2pt x", 0.2)]
    [InlineData(@"\lower{1em}{x}", -1.0)]
    public void RaiseAndLowerMoveTheirArgumentVertically(string tex, double amount) =>
        Assert.Equal(amount, Single<RaiseNode>(tex).AmountEm, 2);

    [Fact]
    public void MoveleftShiftsTheBoxButKeepsItsWidth()
    {
        var moved = MathRenderer.Default.Render(@"a\moveleft 3pt x b", MathMode.Inline);
        var plain = MathRenderer.Default.Render(@"a{x}b", MathMode.Inline);
        Assert.Empty(moved.Errors);
        Assert.Equal(plain.WidthEm, moved.WidthEm, 3);
    }

    [Theory]
    [InlineData(@"\ce{H2O} + x")]
    [InlineData(@"\pu{1 mol}")]
    public void MhchemIsOneClearErrorNamingThePackage(string tex) =>
        Assert.Contains("mhchem", Assert.Single(Parse(tex).Errors).Message);

    [Fact]
    public void SpaceHasTheGivenWidthHeightAndDepthLikeMathJax()
    {
        var result = MathRenderer.Default.Render(@"\Space{2em}{2em}{1em}", MathMode.Inline);
        Assert.Empty(result.Errors);
        Assert.Equal((2.0, 2.0, 1.0), (result.WidthEm, result.HeightEm, result.DepthEm));
    }

    [Theory]
    [InlineData(@"\left\arrowvert x \right\Arrowvert", "|", "\u2016")]
    [InlineData(@"\left\bracevert x \right.", "\u23AA", null)]
    public void ArrowvertFamilyAreDelimiters(string tex, string left, string? right)
    {
        var node = Single<DelimitedNode>(tex);
        Assert.Equal((left, right), (node.Left, node.Right));
    }

    [Fact]
    public void TextVisibleSpaceIsAText() =>
        Assert.Equal("a\u2423b", Assert.IsType<PlainTextRun>(Assert.Single(Single<TextNode>(@"\text{a\textvisiblespace b}").Runs)).Text);

    [Fact]
    public void EncloseDrawsStrikesAndBoxesInTheOrderWritten()
    {
        var box = Single<BoxNode>(@"\enclose{updiagonalstrike,box}[mathcolor=red]{x}");
        Assert.Equal(CancelKind.Cancel, Assert.IsType<CancelNode>(Assert.Single(box.Body.Items)).Kind);
        Assert.Equal(CancelKind.Strike, Single<CancelNode>(@"\enclose{horizontalstrike}{x}").Kind);
    }

    [Fact]
    public void AnEncloseNotationWeCannotDrawIsNamedInTheError() =>
        Assert.Contains("'circle'", Assert.Single(Parse(@"\enclose{circle}{x}").Errors).Message);
}
