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
        foreach (var path in site.Pages)
        {
            await using var tab = await site.OpenAsync(path, width, height);
            var (scrollWidth, innerWidth, culprit) = await tab.Page.EvaluateAsync<(int, int, string)>(Scripts.PageOverflow);
            if (scrollWidth > innerWidth)
                overflowing.Add($"{path}: scrollWidth {scrollWidth} > innerWidth {innerWidth} (widest: {culprit})");
        }

        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
        Assert.Empty(site.RefusedRequests);
    }
}
