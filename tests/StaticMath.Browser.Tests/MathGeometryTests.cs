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
        await using var tab = await site.NewTabAsync(width, height);
        foreach (var path in site.Pages)
        {
            await tab.GoAsync(path);
            await tab.Page.EvaluateAsync(Scripts.OpenAllDetails);
            foreach (var box in await tab.Page.EvaluateAsync<MathBox[]>(Scripts.MathBoxes))
            {
                equations++;
                if (!(box.Width > 0 && box.Height > 0))
                    problems.Add($"{path}: empty box {box.Width}x{box.Height} for {Short(box.Tex)}");
            }
            foreach (var baseline in await tab.Page.EvaluateAsync<InlineBaseline[]>(Scripts.InlineBaselines))
            {
                inline++;
                if (System.Math.Abs(baseline.OffsetEm) > BaselineToleranceEm)
                    problems.Add($"{path}: inline math baseline {baseline.OffsetEm.ToString("0.###", CultureInfo.InvariantCulture)} em off the text for {Short(baseline.Tex)}");
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
        await using var tab = await site.NewTabAsync(360, 740);
        foreach (var path in site.Pages)
        {
            await tab.GoAsync(path);
            foreach (var display in await tab.Page.EvaluateAsync<WideDisplay[]>(Scripts.WideDisplays))
            {
                wide++;
                if (display.OverflowX is not ("auto" or "scroll") || display.Scrolled <= 0)
                    problems.Add($"{path}: display {Short(display.Tex)} is {display.ScrollWidth}px in a {display.ClientWidth}px box but does not scroll (overflow-x: {display.OverflowX})");
            }
        }

        Assert.True(wide > 0, "no display equation is wider than a 360px column: the sample site must contain one to test scrolling");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string Short(string tex) => tex.Length <= 60 ? tex : tex[..57] + "...";
}
