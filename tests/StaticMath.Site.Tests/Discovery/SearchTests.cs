using System.Text.Json;
using AngleSharp.Html.Parser;
using StaticMath.Site.Check;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Discovery;

/// <summary>
/// <c>search: true</c>: a build-time index (<c>search.json</c>) and a search page, the only page with a script; without
/// it no page has a script and neither file is written.
/// </summary>
public sealed class SearchTests
{
    private static TempSite Site(string config) => new TempSite()
        .With("staticmath.yml", config)
        .With("content/posts/2026-01-01-euler.md", "---\ntitle: Euler's $e^{i\\pi}$\ntags: [Analysis]\n---\nThe identity $e^{i\\pi}+1=0$ links <em>five</em> constants &amp; more.\n")
        .With("content/posts/2026-02-01-hidden.md", "---\ntitle: Secret\nhidden: true\n---\nNot listed.\n")
        .With("content/posts/2026-03-01-quiet.md", "---\ntitle: Quiet\nsearch: false\n---\nOpted out.\n")
        .With("content/about.md", "---\ntitle: About\n---\nWho writes this.\n");

    [Fact]
    public void Index_has_each_searchable_page_with_plain_text_and_base_path_urls()
    {
        using var site = Site("search: true\nbaseUrl: https://me.github.io/notes/\n");

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var index = JsonDocument.Parse(site.Read("search.json"));
        var entries = index.RootElement.EnumerateArray().ToList();
        Assert.Equal(["/notes/posts/euler/", "/notes/about/"], entries.Select(e => e.GetProperty("url").GetString()));
        var euler = entries[0];
        Assert.Equal("Euler's e^{i\\pi}", euler.GetProperty("title").GetString());
        Assert.Equal("2026-01-01", euler.GetProperty("date").GetString());
        Assert.Equal(["Analysis"], euler.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("The identity e^{i\\pi}+1=0 links five constants & more.", euler.GetProperty("text").GetString());
    }

    [Fact]
    public void Search_page_loads_the_script_only_there_and_check_accepts_it()
    {
        using var site = Site("search: true\n");

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(site.Read("search/index.html"));
        var script = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal("/assets/js/search.js", script.GetAttribute("src"));
        Assert.Equal("/search.json", script.GetAttribute("data-index"));
        Assert.NotNull(page.QuerySelector("form.search-form input[name=q]"));
        Assert.Contains("fetch(script.dataset.index)", site.Read("assets/js/search.js"));
        foreach (var other in new[] { "index.html", "posts/euler/index.html", "about/index.html", "404.html" })
        {
            Assert.DoesNotContain("<script", site.Read(other));
            Assert.Contains("href=\"/search/\"", site.Read(other));
        }
        var report = SiteChecker.Check(new SiteCheckOptions { OutputDirectory = site.Output });
        Assert.True(report.Problems.Count == 0, string.Join("\n", report.Problems));
    }

    [Fact]
    public void Without_search_there_is_no_index_page_script_or_link()
    {
        using var site = Site("title: Plain\n");

        Assert.True(site.Build(strict: true).Succeeded);
        Assert.False(site.Exists("search.json"));
        Assert.False(site.Exists("search/index.html"));
        Assert.False(site.Exists("assets/js/search.js"));
        Assert.DoesNotContain("/search/", site.Read("index.html"));
    }
}
