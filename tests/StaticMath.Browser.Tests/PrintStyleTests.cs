using Microsoft.Playwright;
using StaticMath.Browser.Tests.Harness;

namespace StaticMath.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PrintStyleTests(BrowserFixture site)
{
    [Fact]
    public async Task Print_hides_navigation_and_prints_black_on_white()
    {
        foreach (var path in new[] { "index.html" }.Concat(site.RichestPosts))
        {
            await using var tab = await site.OpenAsync(path, 1280, 800, ColorScheme.Dark);
            Assert.NotEmpty(await tab.Page.EvaluateAsync<string[]>(Scripts.VisibleNavigation));

            await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

            Assert.Empty(await tab.Page.EvaluateAsync<string[]>(Scripts.VisibleNavigation));
            Assert.Equal("rgb(255, 255, 255)", await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
            Assert.All(await tab.Page.EvaluateAsync<(string, double)[]>(Scripts.MathLuminance),
                m => Assert.True(m.Item2 < 0.05, $"{path}: printed math is not black: {m.Item1}"));
        }
    }
}
