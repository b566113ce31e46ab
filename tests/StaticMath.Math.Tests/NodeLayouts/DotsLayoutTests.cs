namespace StaticMath.Math.Tests.NodeLayouts;

/// <summary>Ellipses are built from single dots as plain TeX does (TeXbook appendix B), measured with Latin Modern.</summary>
public class DotsLayoutTests
{
    private static MathResult Render(string tex, MathMode mode = MathMode.Inline)
    {
        var result = MathRenderer.Default.Render(tex, mode);
        Assert.Empty(result.Errors);
        return result;
    }

    // Latin Modern's period and \cdot are 0.278 em wide; punctuation is followed by a thin space (3mu = 1/6 em).
    private const double DotsWidth = 3 * 0.278 + 2.0 / 6;

    [Theory]
    [InlineData(@"\ldots")]
    [InlineData(@"\cdots")]
    [InlineData(@"\dots")]
    [InlineData("\u2026")]
    public void HorizontalEllipsesAreThreeDotsWithThinSpaces(string tex)
    {
        // MathJax (TeX fonts) measures 1.172 em; the one-piece LM glyph was only 0.837 em.
        Assert.Equal(DotsWidth, Render(tex).WidthEm, 3);
        Assert.Equal(3, Render(tex, MathMode.Display).Svg.Split("<use ").Length - 1);
    }

    [Fact]
    public void EllipsesAreInnerAtomsWithTexSpacing()
    {
        // Inner after Ord or Punct gets a thin space in text style; before Ord too: a\ldots b = a + ⅙ + dots + ⅙ + b.
        var a = Render("a").WidthEm;
        var b = Render("b").WidthEm;
        Assert.Equal(a + b + DotsWidth + 2.0 / 6, Render(@"a\ldots b").WidthEm, 3);
        // x_1+\cdots+x_n: medium spaces around both binary operators.
        Assert.InRange(Render(@"x_1+\cdots+x_n").WidthEm, 5.65, 5.8);
    }

    [Fact]
    public void DotsInScriptsHaveNoPunctuationSpace()
    {
        // Punctuation spacing is one of TeX's bracketed entries: none in script styles.
        // Three periods typed in a row are Ord atoms, which never get space between them.
        Assert.Equal(Render("x_{...}").WidthEm, Render(@"x_{\ldots}").WidthEm, 4);
    }

    [Fact]
    public void VerticalDotsAreAsTallAsTexsVbox()
    {
        // \kern6pt + two 4pt baselineskips + a period's height (0.106 em): 1.506 em; MathJax says 1.33 em in all.
        var vdots = Render(@"\vdots");
        Assert.Equal(1.506, vdots.HeightEm, 3);
        Assert.Equal(0, vdots.DepthEm, 3);
        Assert.Equal(0.278, vdots.WidthEm, 3);
    }

    [Theory]
    [InlineData(@"\ddots", false)]
    [InlineData(@"\iddots", true)]
    public void DiagonalDotsStepFromCornerToCorner(string tex, bool rising)
    {
        var ddots = Render(tex);
        Assert.Equal(1.506, ddots.HeightEm, 3);
        // 6mu of kerns plus three periods.
        Assert.Equal(6.0 / 18 + 3 * 0.278, ddots.WidthEm, 3);
        // \ddots: the first dot is the highest (its SVG y, pointing down, the most negative); \iddots rises instead.
        var ys = System.Text.RegularExpressions.Regex.Matches(ddots.Svg, "<use [^>]*? y=\"(-?[0-9.]+)\"")
            .Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(3, ys.Length);
        Assert.True(rising ? ys[0] > ys[1] && ys[1] > ys[2] : ys[0] < ys[1] && ys[1] < ys[2], string.Join(",", ys));
    }
}
