using Microsoft.Playwright;
using StaticMath.Browser.Tests.Harness;

namespace StaticMath.Browser.Tests;

/// <summary>Full-page screenshots for people to look at (saved under the test output, never committed).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture site)
{
    [Theory]
    [InlineData(360, 740, ColorScheme.Light)]
    [InlineData(360, 740, ColorScheme.Dark)]
    [InlineData(1280, 800, ColorScheme.Light)]
    [InlineData(1280, 800, ColorScheme.Dark)]
    public async Task Home_and_the_richest_posts_are_captured(int width, int height, ColorScheme scheme)
    {
        Directory.CreateDirectory(RepositoryPaths.ScreenshotDirectory);
        Assert.Equal(2, site.RichestPosts.Count);
        await using var tab = await site.NewTabAsync(width, height, scheme);
        foreach (var path in new[] { "index.html" }.Concat(site.RichestPosts))
        {
            await tab.GoAsync(path);
            var name = path == "index.html" ? "home" : path.Replace("/index.html", "").Replace('/', '_');
            var file = Path.Combine(RepositoryPaths.ScreenshotDirectory, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
            await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

            Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
        }
    }
}
