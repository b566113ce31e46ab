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
        await using var tab = await site.NewTabAsync(1280, 800, scheme);
        foreach (var path in site.RichestPosts)
        {
            await tab.GoAsync(path);
            foreach (var colour in await tab.Page.EvaluateAsync<MathColour[]>(Scripts.MathLuminance))
            {
                checkedEquations++;
                // Light on dark / dark on light, and the same colour as the text around it (captions are muted, links blue).
                var ok = scheme == ColorScheme.Dark ? colour.Luminance > 0.3 : colour.Luminance < 0.25;
                if (!ok || System.Math.Abs(colour.Luminance - colour.TextLuminance) > 0.01)
                    problems.Add($"{path}: {scheme} scheme paints {colour.Tex} with luminance {colour.Luminance:0.00} (text around it: {colour.TextLuminance:0.00})");
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
        var colours = await tab.Page.EvaluateAsync<MathColour[]>(Scripts.MathLuminance);

        Assert.NotEqual(before, after);
        Assert.NotEmpty(colours);
        Assert.All(colours, c => Assert.True(c.Luminance > 0.3, $"math stays dark after the toggle: {c.Tex}"));
    }
}
