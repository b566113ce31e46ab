namespace StaticMath.Math.Tests.Svg;

/// <summary>TeX in, SVG out, through the parser, the real font and the layout.</summary>
public class RenderEndToEndTests
{
    private const string SumOfFractions = @"\sum_{i=1}^n \frac{x_i^2}{\sqrt{1+\alpha_i}}";

    private static readonly string[] Equations =
    [
        SumOfFractions,
        @"\int_0^1 f(x)\,dx = \lim_{n\to\infty} \frac{1}{n}\sum_{k=1}^n f\left(\frac{k}{n}\right)",
        @"\binom{n}{k} = \frac{n!}{k!(n-k)!}",
        @"\sqrt[3]{x^3+y^3} \le \left\| x \right\|",
        @"\hat{x} + \widehat{xyz} + \overline{AB} + \big( \Bigg)",
    ];

    [Fact]
    public void DisplaySumOfFractionsHasASensibleBox()
    {
        var result = MathRenderer.Default.Render(SumOfFractions, MathMode.Display);
        Assert.Empty(result.Errors);
        // A display sum with limits and a fraction: several em wide, well above and below the baseline.
        Assert.InRange(result.WidthEm, 4.0, 7.0);
        Assert.InRange(result.HeightEm, 1.2, 2.2);
        Assert.InRange(result.DepthEm, 0.9, 1.8);
        Assert.StartsWith("<svg", result.Svg);
        Assert.NotEmpty(result.GlyphIds);
        Assert.All(result.GlyphIds, id => Assert.Contains($"href=\"#{id}\"", result.Svg));
    }

    [Fact]
    public void InlineStyleIsSmallerThanDisplayStyle()
    {
        var inline = MathRenderer.Default.Render(SumOfFractions, MathMode.Inline);
        var display = MathRenderer.Default.Render(SumOfFractions, MathMode.Display);
        Assert.True(inline.HeightEm + inline.DepthEm < display.HeightEm + display.DepthEm);
    }

    [Fact]
    public void EveryGlyphUsedHasADefinition()
    {
        var result = MathRenderer.Default.Render(SumOfFractions, MathMode.Display);
        var defs = MathRenderer.Default.RenderGlyphDefinitions(result.GlyphIds);
        Assert.All(result.GlyphIds, id => Assert.Contains($"<path id=\"{id}\" d=\"M", defs));
    }

    [Fact]
    public void SameEquationsFromManyThreadsGiveIdenticalSvg()
    {
        var expected = Equations.Select(tex => MathRenderer.Default.Render(tex, MathMode.Display).Svg).ToArray();
        var results = new string[Equations.Length * 16];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = MathRenderer.Default.Render(Equations[i % Equations.Length], MathMode.Display).Svg);
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % Equations.Length], results[i]);
        }
    }

    [Fact]
    public void UnknownCommandStillRendersTheRestWithTheErrorInRed()
    {
        var result = MathRenderer.Default.Render(@"a + \foo + b", MathMode.Inline);
        Assert.NotEmpty(result.Errors);
        Assert.Contains("#cc0000", result.Svg);
        Assert.True(result.WidthEm > 2);
    }
}
