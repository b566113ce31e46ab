namespace StaticMath.Math.Tests.NodeLayouts;

/// <summary>TeX in, geometry out, through the parser and the real font: environment spacing rules end to end.</summary>
public class EnvironmentRenderingTests
{
    private static MathResult Render(string tex) => MathRenderer.Default.Render(tex, MathMode.Display);

    [Fact]
    public void AlignedPutsTwoEmBetweenColumnPairsAndAlignedatNone()
    {
        var aligned = Render(@"\begin{aligned}a&=1&b&=2\end{aligned}");
        var alignedAt = Render(@"\begin{alignedat}{2}a&=1&b&=2\end{alignedat}");
        Assert.Empty(aligned.Errors);
        Assert.Empty(alignedAt.Errors);
        Assert.Equal(2.0, aligned.WidthEm - alignedAt.WidthEm, 3);
    }

    [Fact]
    public void AlignRowsAreNumberedAndCentredTopDown()
    {
        var result = Render(@"\begin{align}a&=b\label{one}\\c&=d\notag\\e&=f\tag{x}\end{align}");
        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Rows.Count);
        Assert.Equal("one", result.Rows[0].Label);
        Assert.True(result.Rows[0].AutoNumbered);
        Assert.False(result.Rows[1].AutoNumbered);
        Assert.Equal("x", result.Rows[2].Tag);
        // Rows are 1.5em apart (12pt + \jot at 10pt).
        Assert.Equal(1.5, result.Rows[1].CenterFromTopEm - result.Rows[0].CenterFromTopEm, 2);
    }

    [Fact]
    public void MatrixRowsStackStrutsAndCentreOnTheAxis()
    {
        var result = Render(@"\begin{matrix}a\\b\end{matrix}");
        Assert.Equal(2.4, result.HeightEm + result.DepthEm, 3);
        Assert.Equal(1.2 + 0.25, result.HeightEm, 3); // Latin Modern's axis is 0.25em
    }

    [Fact]
    public void TextInsideMathKeepsItsSpacesAndAccents()
    {
        var plain = Render(@"\text{ab}");
        var spaced = Render(@"\text{a\ \ b}");
        var accented = Render(@"\text{\'e}");
        Assert.Empty(accented.Errors);
        Assert.True(spaced.WidthEm > plain.WidthEm + 0.6);
        Assert.Single(accented.GlyphIds);
    }

    [Fact]
    public void MultlineSetsFirstLineLeftAndLastLineRight()
    {
        var result = Render(@"\begin{multline*}a\\bbbbbbbbbb\\c\end{multline*}");
        Assert.Empty(result.Errors);
        // Glyph x positions, in document order: a (first line), the b's, c (last line).
        var xs = System.Text.RegularExpressions.Regex.Matches(result.Svg, "<use href=\"#[^\"]+\" x=\"([-0-9.]+)\"")
            .Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(12, xs.Count);
        Assert.Equal(0, xs[0], 1);
        Assert.Equal(0, xs[1], 1); // the widest line fills the box
        Assert.True(xs[^1] > result.WidthEm * 500, "last line is pushed right");
        StaticMath.Math.OpenType.OpenTypeMathFont.LatinModern.TryGetGlyph(0x1D450, out var c);
        // A lone character's box is its advance plus its italic correction.
        var advance = StaticMath.Math.OpenType.OpenTypeMathFont.LatinModern.GetMetrics(c).Advance
            + StaticMath.Math.OpenType.OpenTypeMathFont.LatinModern.GetItalicCorrection(c);
        Assert.InRange(xs[^1] + advance, result.WidthEm * 1000 - 2, result.WidthEm * 1000 + 2); // c ends at the right edge
    }

    [Fact]
    public void ArraysTextAndDecorationsRenderIdenticallyFromManyThreads()
    {
        string[] equations =
        [
            @"\begin{pmatrix}a&b\\c&d\end{pmatrix}",
            @"f(x)=\begin{cases}x&\text{if } x>0\\0&\text{otherwise}\end{cases}",
            @"\boxed{E=mc^2}+\cancel{x}+\colorbox{yellow}{\'etude}",
            @"\underbrace{a+b}_{n}\xrightarrow[below]{above}\overset{!}{=}",
            @"\begin{array}{|c:c|}\hline a&b\\\cline{1-1}c&d\end{array}",
        ];
        var expected = equations.Select(e => Render(e).Svg).ToArray();
        var results = new string[equations.Length * 40];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => results[i] = Render(equations[i % equations.Length]).Svg);
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % equations.Length], results[i]);
        }
    }
}
