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
}
