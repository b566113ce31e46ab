using System.Globalization;
using StaticMath.Browser.Tests.Harness;

namespace StaticMath.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class MathGeometryTests(BrowserFixture site)
{
    private const double BaselineToleranceEm = 0.1;

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 800)]
    public async Task Every_equation_has_a_visible_box_and_inline_math_sits_on_the_baseline(int width, int height)
    {
        var equations = 0;
        var inline = 0;
        var problems = new List<string>();
        foreach (var path in site.Pages)
        {
            await using var tab = await site.OpenAsync(path, width, height);
            await tab.Page.EvaluateAsync(Scripts.OpenAllDetails);
            foreach (var (tex, w, h) in await tab.Page.EvaluateAsync<(string, double, double)[]>(Scripts.MathBoxes))
            {
                equations++;
                if (!(w > 0 && h > 0))
                    problems.Add($"{path}: empty box {w}x{h} for {Short(tex)}");
            }
            foreach (var (tex, offsetEm) in await tab.Page.EvaluateAsync<(string, double)[]>(Scripts.InlineBaselines))
            {
                inline++;
                if (System.Math.Abs(offsetEm) > BaselineToleranceEm)
                    problems.Add($"{path}: inline math baseline {offsetEm.ToString("0.###", CultureInfo.InvariantCulture)} em off the text for {Short(tex)}");
            }
        }

        Assert.True(equations > 0, "the sample site has no rendered equations");
        Assert.True(inline > 0, "the sample site has no inline equations");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Display_equations_wider_than_the_column_scroll_inside_their_box()
    {
        var wide = 0;
        var problems = new List<string>();
        foreach (var path in site.Pages)
        {
            await using var tab = await site.OpenAsync(path, 360, 740);
            foreach (var (tex, clientWidth, scrollWidth, overflowX, scrolled) in
                     await tab.Page.EvaluateAsync<(string, double, double, string, double)[]>(Scripts.WideDisplays))
            {
                wide++;
                if (overflowX is not ("auto" or "scroll") || scrolled <= 0)
                    problems.Add($"{path}: display {Short(tex)} is {scrollWidth}px in a {clientWidth}px box but does not scroll (overflow-x: {overflowX})");
            }
        }

        Assert.True(wide > 0, "no display equation is wider than a 360px column: the sample site must contain one to test scrolling");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string Short(string tex) => tex.Length <= 60 ? tex : tex[..57] + "...";
}
