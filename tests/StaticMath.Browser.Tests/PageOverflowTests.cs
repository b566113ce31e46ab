using StaticMath.Browser.Tests.Harness;

namespace StaticMath.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PageOverflowTests(BrowserFixture site)
{
    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 800)]
    public async Task No_page_scrolls_horizontally(int width, int height)
    {
        Assert.NotEmpty(site.Pages);
        var overflowing = new List<string>();
        await using var tab = await site.NewTabAsync(width, height);
        foreach (var path in site.Pages)
        {
            await tab.GoAsync(path);
            var result = await tab.Page.EvaluateAsync<PageOverflow>(Scripts.PageOverflow);
            if (result.ScrollWidth > result.InnerWidth)
                overflowing.Add($"{path}: scrollWidth {result.ScrollWidth} > innerWidth {result.InnerWidth} (widest: {result.Widest})");
        }

        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
        // Author embeds (iframes, remote images) may reach out; scripts, styles and fonts from elsewhere never.
        lock (site.RefusedRequests)
            Assert.DoesNotContain(site.RefusedRequests, r => r.ResourceType is "script" or "stylesheet" or "font");
    }
}
