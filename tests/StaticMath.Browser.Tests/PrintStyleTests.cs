using Microsoft.Playwright;
using StaticMath.Browser.Tests.Harness;

namespace StaticMath.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PrintStyleTests(BrowserFixture site)
{
    [Fact]
    public async Task Print_hides_navigation_and_prints_black_on_white()
    {
        await using var tab = await site.NewTabAsync(1280, 800, ColorScheme.Dark);
        foreach (var path in new[] { "index.html" }.Concat(site.RichestPosts))
        {
            await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
            await tab.GoAsync(path);
            Assert.NotEmpty(await tab.Page.EvaluateAsync<string[]>(Scripts.VisibleNavigation));

            await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

            Assert.Empty(await tab.Page.EvaluateAsync<string[]>(Scripts.VisibleNavigation));
            Assert.Equal("rgb(255, 255, 255)", await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
            Assert.All(await tab.Page.EvaluateAsync<MathColour[]>(Scripts.MathLuminance),
                c => Assert.True(c.Luminance < 0.05, $"{path}: printed math is not black: {c.Tex}"));
        }
    }
}
