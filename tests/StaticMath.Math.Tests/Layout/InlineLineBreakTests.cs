using System.Text.RegularExpressions;

namespace StaticMath.Math.Tests.Layout;

/// <summary>
/// Inline equations come with the pieces a line may break between: after a top-level relation or binary operator
/// (TeXbook ch. 17), never inside a group, a fraction or \left…\right, never between two relations.
/// </summary>
public partial class InlineLineBreakTests
{
    private static MathResult Inline(string tex) => MathRenderer.Default.Render(tex, MathMode.Inline);

    [Theory]
    [InlineData(@"a = b + c", 3)]
    [InlineData(@"x \le y \le z", 3)]
    [InlineData(@"f(x) = \frac{a+b}{c+d}", 2)]
    [InlineData(@"a := b", 2)]
    [InlineData(@"\{a + b\} + c", 3)]
    [InlineData(@"\Big[u - v\Big] + w", 3)]
    public void PiecesEndAfterTopLevelRelationsAndBinaryOperators(string tex, int pieces) =>
        Assert.Equal(pieces, Inline(tex).LinePieces.Count);

    [Theory]
    [InlineData(@"x")]
    [InlineData(@"{a = b}")]
    [InlineData(@"\left(a = b + c\right)")]
    [InlineData(@"\frac{a=b}{c}")]
    [InlineData(@"-a")]
    [InlineData(@"a =")]
    public void UnbreakableEquationsHaveNoPieces(string tex) => Assert.Empty(Inline(tex).LinePieces);

    [Fact]
    public void DisplaysAreNeverCut() =>
        Assert.Empty(MathRenderer.Default.Render(@"a = b + c", MathMode.Display).LinePieces);

    [Fact]
    public void PiecesSideBySideAreTheWholeEquation()
    {
        var result = Inline(@"\int_0^1 f(t)\,\mathrm{d}t = F(1) - F(0) + \sum_{k=1}^{n} a_k");
        Assert.True(result.LinePieces.Count >= 3);
        Assert.Equal(result.WidthEm, result.LinePieces.Sum(p => p.WidthEm), 3);
        Assert.Equal(result.HeightEm, result.LinePieces.Max(p => p.HeightEm), 4);
        Assert.Equal(result.DepthEm, result.LinePieces.Max(p => p.DepthEm), 4);
        // The same glyphs, each drawn once across the pieces.
        Assert.Equal(UseCount(result.Svg), result.LinePieces.Sum(p => UseCount(p.Svg)));
    }

    [Fact]
    public void PiecesAreDecorativeAndTheWholeKeepsItsName()
    {
        var result = Inline(@"a = b");
        Assert.Contains("aria-label=\"a = b\"", result.Svg, StringComparison.Ordinal);
        Assert.All(result.LinePieces, p =>
        {
            Assert.Contains("aria-hidden=\"true\"", p.Svg, StringComparison.Ordinal);
            Assert.DoesNotContain("aria-label", p.Svg, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void TheSpaceAfterAnOperatorEndsItsPiece()
    {
        // "a =" carries the thick space after the relation; "b" starts flush.
        var result = Inline(@"a = b");
        Assert.Equal(Inline("a =").WidthEm + 5 / 18.0, result.LinePieces[0].WidthEm, 3);
        Assert.Equal(Inline("b").WidthEm, result.LinePieces[1].WidthEm, 3);
    }

    [Fact]
    public void A_caller_that_shows_narrow_math_whole_gets_no_pieces_for_it()
    {
        const string tex = @"a = b + c";
        var whole = MathRenderer.Default.Render(tex, MathMode.Inline, new MathRenderOptions { WholeInlineMathUpToEm = 6 });
        var both = Inline(tex);
        Assert.True(both.WidthEm <= 6);
        Assert.Empty(whole.LinePieces);
        Assert.Equal(both.Svg, whole.Svg);
        Assert.Equal(both.GlyphIds, whole.GlyphIds);
    }

    [Fact]
    public void A_caller_that_shows_wide_math_as_pieces_gets_no_whole_svg_and_the_same_pieces_and_glyphs()
    {
        const string tex = @"\int_0^1 f(t)\,\mathrm{d}t = F(1) - F(0) + \sum_{k=1}^{n} a_k";
        var pieces = MathRenderer.Default.Render(tex, MathMode.Inline, new MathRenderOptions { WholeInlineMathUpToEm = 6 });
        var both = Inline(tex);
        Assert.True(both.WidthEm > 6);
        Assert.Equal("", pieces.Svg);
        Assert.Equal(both.LinePieces, pieces.LinePieces);
        Assert.Equal(both.GlyphIds, pieces.GlyphIds);
        Assert.Equal((both.WidthEm, both.HeightEm, both.DepthEm), (pieces.WidthEm, pieces.HeightEm, pieces.DepthEm));
    }

    private static int UseCount(string svg) => UseElement().Count(svg);

    [GeneratedRegex("<use ")]
    private static partial Regex UseElement();
}
