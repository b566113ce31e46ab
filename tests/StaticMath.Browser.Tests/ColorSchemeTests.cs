using Microsoft.Playwright;
using StaticMath.Browser.Tests.Harness;

namespace StaticMath.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ColorSchemeTests(BrowserFixture site)
{
    [Theory]
    [InlineData(ColorScheme.Dark)]
    [InlineData(ColorScheme.Light)]
    public async Task Math_follows_the_text_colour_of_the_scheme(ColorScheme scheme)
    {
        var checkedEquations = 0;
        var problems = new List<string>();
        foreach (var path in site.RichestPosts)
        {
            await using var tab = await site.OpenAsync(path, 1280, 800, scheme);
            foreach (var (tex, luminance) in await tab.Page.EvaluateAsync<(string, double)[]>(Scripts.MathLuminance))
            {
                checkedEquations++;
                var ok = scheme == ColorScheme.Dark ? luminance > 0.4 : luminance < 0.2;
                if (!ok)
                    problems.Add($"{path}: {scheme} scheme paints {tex} with luminance {luminance:0.00}");
            }
        }

        Assert.True(checkedEquations > 0, "no equations in the richest posts");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public async Task The_toggle_switches_the_scheme_without_javascript()
    {
        await using var tab = await site.OpenAsync(site.RichestPosts[0], 1280, 800, ColorScheme.Light);
        var before = await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        await tab.Page.ClickAsync("label.theme-toggle");
        var after = await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var mathLuminance = await tab.Page.EvaluateAsync<(string, double)[]>(Scripts.MathLuminance);

        Assert.NotEqual(before, after);
        Assert.All(mathLuminance, m => Assert.True(m.Item2 > 0.4, $"math stays dark after the toggle: {m.Item1}"));
    }
}
