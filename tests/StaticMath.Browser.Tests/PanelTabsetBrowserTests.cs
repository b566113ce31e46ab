using Microsoft.Playwright;
using StaticMath.Browser.Tests.Harness;
using StaticMath.Site.Build;
using StaticMath.Site.Core;

namespace StaticMath.Browser.Tests;

/// <summary>Quarto tabsets work in a browser without the page's script: by click, by the arrow keys, and in print (every tab).</summary>
[Collection(BrowserCollection.Name)]
public sealed class PanelTabsetBrowserTests(BrowserFixture browser) : IDisposable
{
    private const string Post = """
        ---
        title: Tabs
        date: 2026-01-01
        ---
        ::: {.panel-tabset}
        ## First

        The first panel, with $x^2$.

        ## Second

        The second panel.
        :::
        """;

    private readonly string _site = Path.Combine(Path.GetTempPath(), "sm-tabsets-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_site, recursive: true); }
        catch (IOException) { }
    }

    private async Task<BrowserTab> OpenAsync()
    {
        Directory.CreateDirectory(Path.Combine(_site, "content", "posts"));
        File.WriteAllText(Path.Combine(_site, "staticmath.yml"), "title: Tabs\nbaseUrl: https://example.org/\n");
        File.WriteAllText(Path.Combine(_site, "content", "posts", "2026-01-01-tabs.md"), Post);
        var output = Path.Combine(_site, "_site");
        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = _site, OutputDirectory = output });
        Assert.True(result.OutputWritten, string.Join("\n", result.Diagnostics));
        var tab = await browser.NewTabForSiteAsync(output, 1000, 800);
        await tab.GoAsync("posts/tabs/index.html");
        return tab;
    }

    private static ILocator Panel(BrowserTab tab, string text) => tab.Page.Locator(".panel-tabset__panel", new() { HasText = text });

    [Fact]
    public async Task A_click_on_a_tab_shows_its_panel_only()
    {
        await using var tab = await OpenAsync();
        Assert.True(await Panel(tab, "first panel").IsVisibleAsync());
        Assert.False(await Panel(tab, "second panel").IsVisibleAsync());

        await tab.Page.ClickAsync("label.panel-tabset__tab >> text=Second");

        Assert.False(await Panel(tab, "first panel").IsVisibleAsync());
        Assert.True(await Panel(tab, "second panel").IsVisibleAsync());
    }

    [Fact]
    public async Task The_arrow_keys_move_between_tabs()
    {
        await using var tab = await OpenAsync();
        await tab.Page.FocusAsync("#tabset-1-1");

        await tab.Page.Keyboard.PressAsync("ArrowRight");

        Assert.True(await Panel(tab, "second panel").IsVisibleAsync());
        Assert.False(await Panel(tab, "first panel").IsVisibleAsync());
    }

    [Fact]
    public async Task Print_shows_every_panel()
    {
        await using var tab = await OpenAsync();
        await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.True(await Panel(tab, "first panel").IsVisibleAsync());
        Assert.True(await Panel(tab, "second panel").IsVisibleAsync());
    }
}
