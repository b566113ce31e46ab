using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Parsing.ParseTestSupport;

namespace StaticMath.Math.Tests.Parsing;

public sealed class EnvironmentTests
{
    [Theory]
    [InlineData("pmatrix", "(", ")")]
    [InlineData("bmatrix", "[", "]")]
    [InlineData("Bmatrix", "{", "}")]
    [InlineData("vmatrix", "|", "|")]
    [InlineData("Vmatrix", "\u2016", "\u2016")]
    public void DelimitedMatricesWrapACenteredArray(string name, string left, string right)
    {
        var delimited = Single<DelimitedNode>($@"\begin{{{name}}} a & b \\ c & d \end{{{name}}}");
        Assert.Equal((left, right), (delimited.Left, delimited.Right));
        var array = Assert.IsType<ArrayNode>(Assert.Single(Assert.Single(delimited.Segments).Items));
        Assert.Equal((2, 2, ArrayKind.Array, MathStyle.Text), (array.Rows.Count, array.Rows[0].Count, array.Kind, array.Style));
        Assert.All(array.Columns, c => Assert.Equal(ColumnAlign.Center, c.Align));
    }

    [Fact]
    public void PlainMatrixHasNoDelimitersAndDropsTheEmptyRowAfterAFinalLineBreak()
    {
        var array = Single<ArrayNode>(@"\begin{matrix} 1 & 2 \\ 3 & 4 \\ \end{matrix}");
        Assert.Equal(2, array.Rows.Count);
        Assert.Equal(3, array.HLines.Count);
        Assert.Equal(2, array.RowGapsEm.Count);
    }

    [Fact]
    public void SmallmatrixIsSmallInScriptStyle()
    {
        var array = Single<ArrayNode>(@"\begin{smallmatrix} a & b \end{smallmatrix}");
        Assert.Equal((ArrayKind.Small, MathStyle.Script), (array.Kind, array.Style));
    }

    [Theory]
    [InlineData("cases", "{", null, MathStyle.Text)]
    [InlineData("dcases", "{", null, MathStyle.Display)]
    [InlineData("rcases", null, "}", MathStyle.Text)]
    public void CasesAreLeftAlignedWithABrace(string name, string? left, string? right, MathStyle style)
    {
        var delimited = Single<DelimitedNode>($@"\begin{{{name}}} 1 & x>0 \\ 0 & \text{{otherwise}} \end{{{name}}}");
        Assert.Equal((left, right), (delimited.Left, delimited.Right));
        var array = Assert.IsType<ArrayNode>(Assert.Single(delimited.Segments[0].Items));
        Assert.Equal((ArrayKind.Cases, style), (array.Kind, array.Style));
        Assert.All(array.Columns, c => Assert.Equal(ColumnAlign.Left, c.Align));
    }

    [Fact]
    public void ArrayColumnSpecGivesAlignmentsAndSeparators()
    {
        var array = Single<ArrayNode>(@"\begin{array}{|r:c|l|} a & b & c \end{array}");
        Assert.Equal([ColumnAlign.Right, ColumnAlign.Center, ColumnAlign.Left], array.Columns.Select(c => c.Align).ToArray());
        Assert.Equal(["|", ":", "|"], array.Columns.Select(c => c.SeparatorBefore ?? "").ToArray());
        Assert.Equal("|", array.LastSeparator);
    }

    [Fact]
    public void ArrayToleratesAtAndParagraphColumnsAndRepetition()
    {
        var array = Single<ArrayNode>(@"\begin{array}{@{}l*{2}{c}p{2cm}@{}} a & b & c & d \end{array}");
        Assert.Equal([ColumnAlign.Left, ColumnAlign.Center, ColumnAlign.Center, ColumnAlign.Left], array.Columns.Select(c => c.Align).ToArray());
        Assert.Equal(0, array.Columns[0].SpaceBeforeEm);
        Assert.Equal(0, array.Columns[3].SpaceAfterEm);
    }

    [Fact]
    public void HlinesClinesAndRowGapsAreRecordedPerBoundary()
    {
        var array = Single<ArrayNode>(@"\begin{array}{cc} \hline a & b \\[1ex] \hdashline c & d \\ \cline{1-2} \hline \end{array}");
        Assert.Equal(2, array.Rows.Count);
        Assert.Equal(["solid"], array.HLines[0]);
        Assert.Equal(["dashed"], array.HLines[1]);
        Assert.Equal(["solid"], array.HLines[2]);
        Assert.Equal(0.431, array.RowGapsEm[0], 6);
        Assert.Equal((0, 1), Assert.Single(array.PartialLines![2]));
    }

    [Fact]
    public void BracketAfterLineBreakThatIsNotADimensionStartsTheNextRow()
    {
        var array = Single<ArrayNode>(@"\begin{matrix} a \\ [b] \end{matrix}");
        Assert.Equal(2, array.Rows.Count);
        Assert.Equal("[b]", Text(array.Rows[1][0]));
    }

    [Fact]
    public void AlignedAlternatesRightAndLeftColumns()
    {
        var array = Single<ArrayNode>(@"\begin{aligned} a &= b & c &= d \\ e &= f \end{aligned}");
        Assert.Equal((ArrayKind.Align, MathStyle.Display), (array.Kind, array.Style));
        Assert.Equal([ColumnAlign.Right, ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Left], array.Columns.Select(c => c.Align).ToArray());
    }

    [Theory]
    [InlineData("gathered")]
    [InlineData("alignedat}{2")]
    [InlineData("split")]
    public void InnerAlignmentsParse(string name)
    {
        var end = name.Split('}')[0];
        Assert.IsType<ArrayNode>(Assert.Single(Items($@"\begin{{{name}}} a &= b \\ c &= d \end{{{end}}}")));
    }

    [Fact]
    public void AlignIsANumberedEnvironmentWithRowTagsAndLabels()
    {
        var parsed = Parse(@"\begin{align} a &= b \label{eq:first} \\ c &= d \notag \\ \tag{*} e &= f \\ \tag*{A} g &= h \nonumber \end{align}");
        Assert.Empty(parsed.Errors);
        Assert.Equal("align", parsed.Environment);
        var environment = Assert.IsType<EnvironmentNode>(Assert.Single(((MathList)parsed.Root).Items));
        Assert.True(environment.Numbered);
        Assert.Equal(4, parsed.Rows.Count);
        Assert.Equal("eq:first", parsed.Rows[0].Label);
        Assert.True(parsed.Rows[1].NoNumber);
        Assert.Equal(("*", false), (parsed.Rows[2].Tag, parsed.Rows[2].TagIsStarred));
        Assert.Equal(("A", true, true), (parsed.Rows[3].Tag, parsed.Rows[3].TagIsStarred, parsed.Rows[3].NoNumber));
        var array = Assert.IsType<ArrayNode>(environment.Body);
        Assert.DoesNotContain(array.Rows.SelectMany(r => r).SelectMany(c => c.Items), n => n is EquationMetaNode);
    }

    [Theory]
    [InlineData("align*", false)]
    [InlineData("gather", true)]
    [InlineData("gather*", false)]
    [InlineData("multline", true)]
    [InlineData("multline*", false)]
    [InlineData("eqnarray", true)]
    [InlineData("eqnarray*", false)]
    [InlineData("flalign", true)]
    public void DisplayEnvironmentsSayWhetherTheyNumber(string name, bool numbered)
    {
        var environment = Single<EnvironmentNode>($@"\begin{{{name}}} a \\ b \end{{{name}}}");
        Assert.Equal((name, numbered), (environment.Name, environment.Numbered));
        Assert.Equal(2, Assert.IsType<ArrayNode>(environment.Body).Rows.Count);
    }

    [Fact]
    public void EquationEnvironmentIsOneRowWithItsTagAndLabel()
    {
        var parsed = Parse(@"\begin{equation} E = mc^2 \label{eq:e} \tag{1.2} \end{equation}");
        Assert.Empty(parsed.Errors);
        Assert.Equal("equation", parsed.Environment);
        var row = Assert.Single(parsed.Rows);
        Assert.Equal(("eq:e", "1.2"), (row.Label, row.Tag));
    }

    [Fact]
    public void TagOnAPlainDisplayIsExposedAsTheRow()
    {
        var parsed = Parse(@"x = 1 \tag{3} \label{x}");
        var row = Assert.Single(parsed.Rows);
        Assert.Equal(("3", "x"), (row.Tag, row.Label));
        Assert.Null(parsed.Environment);
    }

    [Fact]
    public void InlineMathWithoutMetadataHasNoRows()
    {
        Assert.Empty(NewSession().Parse("x", MathMode.Inline).Rows);
        Assert.Single(NewSession().Parse("x", MathMode.Display).Rows);
    }

    [Fact]
    public void IntertextRowsAreMarkedAndUnnumbered()
    {
        var environment = Single<EnvironmentNode>(@"\begin{align} a &= b \\ \intertext{so that} c &= d \end{align}");
        var array = Assert.IsType<ArrayNode>(environment.Body);
        Assert.Equal(3, array.Rows.Count);
        Assert.Equal([1], array.InterTextRows!);
        Assert.True(array.RowInfo[1].NoNumber);
        Assert.IsType<TextNode>(Assert.Single(array.Rows[1][0].Items));
    }

    [Fact]
    public void MismatchedEndIsReportedWithBothNames()
    {
        var parsed = Parse(@"\begin{align} a \end{aligned}");
        Assert.Equal(@"\begin{align} ended by \end{aligned}", Assert.Single(parsed.Errors).Message);
    }

    [Fact]
    public void MissingEndReportsWhereTheEnvironmentOpened()
    {
        var parsed = Parse(@"x + \begin{pmatrix} a & b");
        Assert.Equal(@"Missing \end{pmatrix} for \begin{pmatrix} opened at offset 4", Assert.Single(parsed.Errors).Message);
    }

    [Fact]
    public void UnknownEnvironmentIsAnErrorAndTheRestStillParses()
    {
        var parsed = Parse(@"\begin{foo} a \end{foo} + b");
        Assert.Equal("Unknown environment 'foo'", Assert.Single(parsed.Errors).Message);
        var items = ((MathList)parsed.Root).Items;
        Assert.IsType<ErrorNode>(items[0]);
        Assert.Equal("b", Atom(items[^1]).Text);
    }

    [Fact]
    public void NestedEnvironmentsInsideCells()
    {
        var array = Single<ArrayNode>(@"\begin{array}{cc} \begin{pmatrix} x \\ y \end{pmatrix} & 0 \end{array}");
        Assert.IsType<DelimitedNode>(Assert.Single(array.Rows[0][0].Items));
    }

    [Fact]
    public void ReferencesAreCollectedForTheCacheKey()
    {
        var parsed = Parse(@"\text{see } \eqref{eq:a} \text{ and } \ref{eq:b}");
        Assert.Equal(["eq:a", "eq:b"], parsed.ReferencedLabels);
        var reference = Assert.IsType<ReferenceNode>(((MathList)parsed.Root).Items[1]);
        Assert.True(reference.WithParentheses);
    }

    [Fact]
    public void CommutativeDiagramPutsArrowsBetweenObjectsAndUnderThem()
    {
        var array = Single<ArrayNode>(@"\begin{CD} A @>f>> B \\ @VgVV @VVhV \\ C @= D \end{CD}");
        Assert.Equal(3, array.Rows.Count);
        Assert.Equal(3, array.Rows[0].Count);
        var arrow = Assert.IsType<ExtensibleArrowNode>(Assert.Single(array.Rows[0][1].Items));
        Assert.Equal(("\u2192", "f"), (arrow.ArrowText, Text(arrow.Above!)));
        Assert.Equal(3, array.Rows[1].Count);
        Assert.Contains(array.Rows[1][0].Items, n => n is SizedDelimiterNode { Delimiter: "\u2193" });
        Assert.Equal("=", Assert.IsType<ExtensibleArrowNode>(Assert.Single(array.Rows[2][1].Items)).ArrowText);
    }
}
