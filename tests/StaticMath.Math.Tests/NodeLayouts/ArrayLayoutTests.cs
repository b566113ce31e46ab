using StaticMath.Math.Layout;
using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Layout.Nodes;
using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.NodeLayouts;

/// <summary>Array geometry against the fake font (ordinary glyphs 500 wide, ink 0..500; axis 250; 1pt = 100 units).</summary>
public class ArrayLayoutTests
{
    private static ArrayNode Array(ArrayKind kind, string[][] rows, ArrayColumn[]? columns = null, double[]? gaps = null,
        string[][]? hlines = null, MathStyle style = MathStyle.Text, string? last = null,
        IReadOnlyList<IReadOnlyList<(int, int)>>? partial = null, ArrayRowInfo[]? info = null) => new(
        rows.Select(r => (IReadOnlyList<MathList>)r.Select(Cell).ToList()).ToList(),
        columns ?? [],
        gaps ?? rows.Select(_ => 0.0).ToArray(),
        hlines ?? Enumerable.Range(0, rows.Length + 1).Select(_ => System.Array.Empty<string>()).ToArray(),
        info ?? rows.Select(_ => new ArrayRowInfo()).ToArray(),
        kind,
        style,
        last,
        partial);

    /// <summary>A cell of ordinary letters; "=" is a relation.</summary>
    private static MathList Cell(string text) =>
        new(text.Select(c => (MathNode)(c == '=' ? Rel("=") : Ord(c.ToString()))).ToList());

    private static ArrayColumn[] Columns(string spec) => spec.Select(c => new ArrayColumn(c switch
    {
        'l' => ColumnAlign.Left,
        'r' => ColumnAlign.Right,
        _ => ColumnAlign.Center,
    })).ToArray();

    private static Box Layout(ArrayNode node) => ArrayLayout.Layout(node, Context()).Box;

    private static List<(GlyphBox Glyph, double X, double Y)> Glyphs(Box box) =>
        Flatten(box).Where(b => b.Box is GlyphBox).Select(b => ((GlyphBox)b.Box, b.X, b.Y)).ToList();

    [Fact]
    public void MatrixColumnsAreTwiceArrayColSepApartWithoutOuterPaddingAndStrutRowsCentredOnTheAxis()
    {
        var box = Layout(Array(ArrayKind.Array, [["a", "b"], ["c", "d"]], Columns("cc")));
        // 5pt (500) either side of each column, except at the outer edges (amsmath's \hskip-\arraycolsep).
        Assert.Equal(2 * 500 + 2 * 500, box.Width, 6);
        // Rows are struts of 8.4pt + 3.6pt and touch: 2400 in all, centred on the axis (250).
        Assert.Equal(1200 + 250, box.Height, 6);
        Assert.Equal(1200 - 250, box.Depth, 6);
        var glyphs = Glyphs(box);
        Assert.Equal(0, glyphs[0].X, 6);
        Assert.Equal(1450 - 840, glyphs[0].Y, 6);
        Assert.Equal(1500, glyphs[1].X, 6);
        Assert.Equal(1450 - 840, glyphs[1].Y, 6);
        Assert.Equal(1450.0 - 840 - 1200, glyphs[2].Y, 6);
    }

    [Fact]
    public void ColumnsAlignLeftCentreAndRight()
    {
        var box = Layout(Array(ArrayKind.Array, [["aa", "aa", "aa"], ["b", "b", "b"]], Columns("lcr")));
        var row2 = Glyphs(box).Where(g => g.Glyph.Glyph == ItalicGlyph('b')).Select(g => g.X).ToList();
        // Columns 1000 wide with content at 0, 2000, 4000.
        Assert.Equal(3, row2.Count);
        Assert.Equal(0, row2[0], 6);
        Assert.Equal(2000 + 250, row2[1], 6);
        Assert.Equal(4000 + 500, row2[2], 6);
    }

    [Fact]
    public void TallCellsPushRowsApartBeyondTheStrut()
    {
        var tall = new ArrayNode([[List(new FractionNode(List(Ord("a")), List(Ord("b"))))], [Cell("c")]],
            [new ArrayColumn(ColumnAlign.Center)], [0, 0], [[], [], []], [new(), new()], ArrayKind.Array, MathStyle.Display);
        var box = Layout(tall);
        var fraction = MathTypesetter.Layout(new FractionNode(List(Ord("a")), List(Ord("b"))), Context(MathStyle.Display)).Box;
        Assert.Equal(fraction.Height + fraction.Depth + 840 + 360, box.Height + box.Depth, 6);
    }

    [Fact]
    public void RowGapDeepensTheArrayRowStrut()
    {
        var box = Layout(Array(ArrayKind.Array, [["a"], ["b"]], Columns("c"), gaps: [1.0, 0]));
        Assert.Equal(840 + (360 + 1000) + 840 + 360, box.Height + box.Depth, 6);
    }

    [Fact]
    public void AlignPairsHaveNoInnerSpaceTwoEmBetweenPairsAndRelationSpacingAfterTheAmpersand()
    {
        var box = Layout(Array(ArrayKind.Align, [["a", "=b", "c", "=d"]], style: MathStyle.Display));
        var glyphs = Glyphs(box);
        var a = glyphs.Single(g => g.Glyph.Glyph == ItalicGlyph('a'));
        var eq = glyphs.First(g => g.Glyph.Glyph == GlyphOf("="));
        var c = glyphs.Single(g => g.Glyph.Glyph == ItalicGlyph('c'));
        Assert.Equal(0, a.X, 6);
        // The left column starts with an empty Ord (amsmath's {}), so '=' gets the thick space: 5/18 em.
        Assert.Equal(500 + 5000.0 / 18, eq.X, 6);
        // Second pair: after the first pair's width (500 + 277.8 + 800 + 277.8 + 500) and 2em.
        Assert.Equal(500 + 2 * 5000.0 / 18 + 800 + 500 + 2000, c.X, 6);
    }

    [Fact]
    public void AlignRowsAreFifteenPointsApart()
    {
        var box = Layout(Array(ArrayKind.Align, [["a", "=b"], ["c", "=d"]], style: MathStyle.Display));
        var glyphs = Glyphs(box);
        var a = glyphs.Single(g => g.Glyph.Glyph == ItalicGlyph('a'));
        var c = glyphs.Single(g => g.Glyph.Glyph == ItalicGlyph('c'));
        Assert.Equal(1500, a.Y - c.Y, 6); // \baselineskip 12pt + \jot 3pt
        Assert.Equal(840 + 1500 + 360, box.Height + box.Depth, 6);
    }

    [Fact]
    public void AlignRowGapIsAddedToTheBaselineDistance()
    {
        var box = Layout(Array(ArrayKind.Align, [["a"], ["c"]], gaps: [0.5, 0], style: MathStyle.Display));
        var glyphs = Glyphs(box);
        Assert.Equal(1500 + 500, glyphs[0].Y - glyphs[1].Y, 6);
    }

    [Fact]
    public void CasesColumnsAreOneEmApartWithoutOuterPadding()
    {
        var box = Layout(Array(ArrayKind.Cases, [["a", "b"]], Columns("ll")));
        var glyphs = Glyphs(box);
        Assert.Equal(0, glyphs[0].X, 6);
        Assert.Equal(500 + 1000, glyphs[1].X, 6);
        Assert.Equal(2000, box.Width, 6);
        // amsmath's cases uses \arraystretch 1.2: a 1.44em row.
        Assert.Equal(1440, box.Height + box.Depth, 6);
    }

    [Fact]
    public void SmallArraysUseScriptCellsAndAThickSpaceBetweenColumns()
    {
        var box = Layout(Array(ArrayKind.Small, [["a", "b"]], Columns("cc"), style: MathStyle.Script));
        var glyphs = Glyphs(box);
        Assert.Equal(0.7, glyphs[0].Glyph.Scale, 6);
        Assert.Equal(350 + 5 * 700.0 / 18, glyphs[1].X, 6);
    }

    [Fact]
    public void SolidAndDashedColumnSeparatorsSpanTheWholeArray()
    {
        var columns = new[] { new ArrayColumn(ColumnAlign.Center, "|"), new ArrayColumn(ColumnAlign.Center, ":") };
        var box = Layout(Array(ArrayKind.Array, [["a", "b"], ["c", "d"]], columns, last: "||"));
        var all = Flatten(box);
        var rules = all.Where(b => b.Box is RuleBox { Visible: true }).ToList();
        var dashed = all.Where(b => b.Box is LineBox { Dashed: true }).ToList();
        // | a | (dashed) b || : rules of 0.4pt (40), 2pt (200) between the double rule.
        Assert.Equal(3, rules.Count);
        Assert.Single(dashed);
        Assert.Equal(40 + 1500 + 40 + 1500 + 40 + 200 + 40, box.Width, 6);
        Assert.All(rules, r => Assert.Equal(box.Height + box.Depth, r.Box.TotalHeight, 6));
        Assert.Equal(0, rules[0].X, 6);
        Assert.Equal(box.Width - 40, rules[2].X, 6);
        var line = (LineBox)dashed[0].Box;
        Assert.Equal(40 + 1500 + 20, line.X1, 6);
        Assert.Equal(box.Height, line.Y2, 6);
    }

    [Fact]
    public void InterTextRowIsFlushLeftOutsideTheColumnsAndUnnumbered()
    {
        var node = Array(ArrayKind.Align, [["a", "=b"], ["abcdefgh"], ["c", "=d"]], style: MathStyle.Display) with { InterTextRows = [1] };
        var box = ArrayLayout.Layout(node, Context(MathStyle.Display), markRows: true).Box;
        var glyphs = Glyphs(box);
        Assert.Equal(6 * 500 + 100, glyphs.Single(g => g.Glyph.Glyph == ItalicGlyph('g')).X, 6); // f's italic correction 100
        Assert.Equal(4100, box.Width, 6);
        var rows = RowCollector.Collect(box);
        Assert.Equal([false, true, false], rows.Select(r => r.Marker.Info.NoNumber));
    }

    [Fact]
    public void HorizontalLinesTakeRuleWidthAndDoubleLinesAreSeparated()
    {
        var plain = Layout(Array(ArrayKind.Array, [["a"]], Columns("c")));
        var ruled = Layout(Array(ArrayKind.Array, [["a"]], Columns("c"), hlines: [["solid", "solid"], ["dashed"]]));
        Assert.Equal(plain.TotalHeight + 40 + 200 + 40 + 40, ruled.TotalHeight, 6);
        var all = Flatten(ruled);
        var solid = all.Where(b => b.Box is RuleBox { Visible: true }).ToList();
        Assert.Equal(2, solid.Count);
        Assert.All(solid, r => Assert.Equal(ruled.Width, r.Box.Width, 6));
        Assert.Equal(ruled.Height, solid[0].Y + 40, 6);
        Assert.Single(all, b => b.Box is LineBox { Dashed: true });
    }

    [Fact]
    public void PartialLineSpansOnlyItsColumns()
    {
        // \cline{2-2}, stored 0-based as the parser does.
        IReadOnlyList<IReadOnlyList<(int, int)>> partial = [[], [(1, 1)], []];
        var box = Layout(Array(ArrayKind.Array, [["a", "b"], ["c", "d"]], Columns("cc"), partial: partial));
        var rule = Flatten(box).Single(b => b.Box is RuleBox { Visible: true });
        // The second column with its left padding: 1000..2000 (no outer padding on the right edge).
        Assert.Equal(1000, rule.X, 6);
        Assert.Equal(1000, rule.Box.Width, 6);
    }

    [Fact]
    public void EnvironmentArrayReportsOneRowPerLineAndNestedArraysAddNone()
    {
        var nested = Array(ArrayKind.Array, [["x"], ["y"]], Columns("c"));
        var align = new ArrayNode(
            [[Cell("a"), List(Rel("="), nested)], [Cell("c"), Cell("=d")]],
            [], [0, 0], [[], [], []],
            [new ArrayRowInfo(Tag: "A"), new ArrayRowInfo(Label: "eq:2")],
            ArrayKind.Align, MathStyle.Display);
        var result = EquationTypesetter.Typeset(new MathRenderer(Font), new MathRenderOptions(),
            Parsed(new EnvironmentNode("align", true, align)));

        Assert.Equal(2, result.Rows.Count);
        Assert.Equal("A", result.Rows[0].Tag);
        Assert.Equal("eq:2", result.Rows[1].Label);
        Assert.True(result.Rows[0].AutoNumbered);
        Assert.True(result.Rows[0].CenterFromTopEm < result.Rows[1].CenterFromTopEm);
        Assert.InRange(result.Rows[1].CenterFromTopEm, 0, result.HeightEm + result.DepthEm);
    }

    [Fact]
    public void EquationWithAlignedInsideIsASingleRow()
    {
        var aligned = Array(ArrayKind.Align, [["a", "=b"], ["c", "=d"]], style: MathStyle.Display);
        var result = EquationTypesetter.Typeset(new MathRenderer(Font), new MathRenderOptions(),
            Parsed(new EnvironmentNode("equation", true, List(aligned))));
        Assert.Single(result.Rows);
    }
}
