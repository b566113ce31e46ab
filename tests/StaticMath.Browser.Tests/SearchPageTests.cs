using Microsoft.Playwright;
using StaticMath.Browser.Tests.Harness;
using StaticMath.Site.Build;
using StaticMath.Site.Core;

namespace StaticMath.Browser.Tests;

/// <summary>The opt-in search page finds posts in the browser from the build-time index, under a base path.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserFixture browser) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sm-search-").FullName;

    [Fact]
    public async Task A_query_lists_the_matching_posts_with_links_and_the_count()
    {
        var output = Build();
        await using var tab = await browser.NewTabForSiteAsync(output, 1280, 800);

        await tab.Page.GotoAsync(SiteRoutes.Origin + "/search/?q=eigenvalue");
        await tab.Page.WaitForSelectorAsync(".search-results li");

        var links = await tab.Page.EvalOnSelectorAllAsync<string[]>(".search-results a", "links => links.map(a => a.getAttribute('href') + ' ' + a.textContent)");
        Assert.Equal(["/posts/spectra/ Spectra of graphs", "/posts/intro/ Linear algebra"], links);
        Assert.Equal("2 results", await tab.Page.TextContentAsync(".search-status"));

        // Typing refines: every word must match, accents ignored.
        await tab.Page.FillAsync("#search-input", "eigenvalue theoreme");
        await tab.Page.WaitForFunctionAsync("() => document.querySelectorAll('.search-results li').length === 1");
        Assert.Equal("/posts/intro/", await tab.Page.GetAttributeAsync(".search-results a", "href"));

        await tab.Page.FillAsync("#search-input", "zebra");
        await tab.Page.WaitForFunctionAsync("() => document.querySelectorAll('.search-results li').length === 0");
        Assert.Equal("No results", await tab.Page.TextContentAsync(".search-status"));
    }

    private string Build()
    {
        var source = Path.Combine(_root, "site");
        void Write(string path, string text)
        {
            var full = Path.Combine(source, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        Write("staticmath.yml", "title: Notes\nsearch: true\n");
        Write("content/posts/2024-01-01-intro.md", "---\ntitle: Linear algebra\n---\nThe spectral théorème: every eigenvalue of $A=A^T$ is real.\n");
        Write("content/posts/2024-02-01-spectra.md", "---\ntitle: Spectra of graphs\ntags: [eigenvalue]\n---\nThe Laplacian's eigenvalue $\\lambda_2$.\n");
        Write("content/posts/2024-03-01-other.md", "---\ntitle: Topology\n---\nOpen sets.\n");
        var output = Path.Combine(_root, "_site");
        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = source, OutputDirectory = output, NoCache = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return output;
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }
}
