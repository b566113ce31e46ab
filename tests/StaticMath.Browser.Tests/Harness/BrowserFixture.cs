using AngleSharp.Html.Parser;
using Microsoft.Playwright;

namespace StaticMath.Browser.Tests.Harness;

/// <summary>
/// Shared by every browser test: builds <c>samples/math-blog</c> once with the site engine, starts Playwright with
/// the system Chromium, and opens pages of the built site at a given viewport and colour scheme.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string OutputDirectory { get; private set; } = "";

    /// <summary>Output-relative paths of every HTML page, ordinal order.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    /// <summary>The two posts with the most math and blocks: the ones screenshotted.</summary>
    public IReadOnlyList<string> RichestPosts { get; private set; } = [];

    /// <summary>Requests to anything but the built site (refused; the theme must cause none, author embeds may).</summary>
    public List<RefusedRequest> RefusedRequests { get; } = [];

    public async Task InitializeAsync()
    {
        Chromium.EnsureInstalled();
        OutputDirectory = Path.Combine(Path.GetTempPath(), "sm-browser-" + Guid.NewGuid().ToString("N"));
        SampleSiteBuild.Build(RepositoryPaths.SampleSite, OutputDirectory);
        Pages = Directory.EnumerateFiles(OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputDirectory, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        RichestPosts = FindRichestPosts(2);
        // Screenshots of this run only: old ones would be mistaken for the current look.
        if (Directory.Exists(RepositoryPaths.ScreenshotDirectory))
            Directory.Delete(RepositoryPaths.ScreenshotDirectory, recursive: true);

        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        try { Directory.Delete(OutputDirectory, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>The URL of an output-relative page path (<c>posts/x/index.html</c> → <c>/posts/x/</c>).</summary>
    public static string UrlOf(string page) =>
        SiteRoutes.Origin + "/" + (page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page);

    /// <summary>A tab with its own context (viewport, colour scheme) serving the built site; navigate it with GoAsync.</summary>
    public async Task<BrowserTab> NewTabAsync(int width, int height, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            DeviceScaleFactor = 1,
            JavaScriptEnabled = true, // for the test's own measurements; the site ships none
        });
        await SiteRoutes.ServeAsync(context, OutputDirectory, RefusedRequests);
        return new BrowserTab(context, await context.NewPageAsync());
    }

    /// <summary>A tab serving another built site (a test's own fixture site) instead of the sample.</summary>
    public async Task<BrowserTab> NewTabForSiteAsync(string siteOutputDirectory, int width, int height, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            DeviceScaleFactor = 1,
            JavaScriptEnabled = true,
        });
        await SiteRoutes.ServeAsync(context, siteOutputDirectory, RefusedRequests);
        return new BrowserTab(context, await context.NewPageAsync());
    }

    /// <summary>A new tab already showing <paramref name="page"/>.</summary>
    public async Task<BrowserTab> OpenAsync(string page, int width, int height, ColorScheme scheme = ColorScheme.Light)
    {
        var tab = await NewTabAsync(width, height, scheme);
        await tab.GoAsync(page);
        return tab;
    }

    private List<string> FindRichestPosts(int count)
    {
        var parser = new HtmlParser();
        var scored = new List<(string Page, int Score)>();
        foreach (var page in Pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(OutputDirectory, page)));
            if (document.QuerySelector("article.post") is null)
                continue;
            var math = document.QuerySelectorAll("svg[role=img]").Length;
            var blocks = document.QuerySelectorAll(".math-display, .math-callout, .callout, figure, pre, .convo, table, details, .embed").Length;
            scored.Add((page, math + 5 * blocks));
        }
        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.Page, StringComparer.Ordinal)
            .Take(count).Select(s => s.Page).ToList();
    }
}

/// <summary>An open tab with its own browser context (viewport, colour scheme); disposing closes both.</summary>
public sealed class BrowserTab(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public async Task GoAsync(string path)
    {
        var response = await Page.GotoAsync(BrowserFixture.UrlOf(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Ok: true }, $"{path} did not load: {response?.Status}");
        // Layout must be final before measuring: fonts loaded.
        await Page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
    }

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
