using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StaticMath.Site.Check;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Publishing;

/// <summary>
/// A site published under a sub-path (<c>https://user.github.io/notes/</c>): every generated URL carries the path,
/// <c>--base-url</c> overrides the configuration, and <c>staticmath check</c> resolves links against the same path.
/// </summary>
public sealed partial class SubPathSiteTests
{
    private const string SubPathUrl = "https://user.github.io/notes/";

    private static TempSite Site() => new TempSite()
        .With("staticmath.yml", "title: Notes\nbaseUrl: https://wrong.example.com/\nnav:\n  - title: About\n    url: /about/\n")
        .With("content/about.md", "---\ntitle: About\n---\n## Me\n\nBack to the [first post]({{ '/posts/first/' | relative_url }}) " +
                                  "or [its section](/posts/first/#section).\n")
        .With("content/posts/2026-01-01-first.md",
            "---\ntitle: First\ntags: [algebra]\n---\n## Section\n\n$x^2$ and ![A dot](/images/dot.svg)\n\n" +
            "Absolute: {{ '/about/' | absolute_url }}. Relative: [about]({{ '/about/#me' | relative_url }}).\n")
        .With("static/images/dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"/>");

    [Fact]
    public void Base_url_option_puts_every_generated_url_under_the_sub_path()
    {
        using var site = Site();

        var result = site.Build(baseUrl: SubPathUrl);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(html.Count >= 5);
        var parser = new HtmlParser();
        foreach (var file in html)
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith('#')) continue;
                // Links to other sites (the theme's footer credit) are not the site's own URLs.
                if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Host != "user.github.io") continue;
                Assert.True(url.StartsWith("/notes/", StringComparison.Ordinal) || url.StartsWith(SubPathUrl, StringComparison.Ordinal),
                    $"{Path.GetRelativePath(site.Output, file)}: {element.TagName} {url}");
            }
        }
        Assert.Contains("Absolute: <a href=\"https://user.github.io/notes/about/\"", site.Read("posts/first/index.html"));
        Assert.DoesNotContain("wrong.example.com", string.Concat(html.Select(File.ReadAllText)));

        var sitemapUrls = LocElement().Matches(site.Read("sitemap.xml")).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(sitemapUrls);
        Assert.All(sitemapUrls, u => Assert.StartsWith(SubPathUrl, u));
        var feedUrls = FeedUrl().Matches(site.Read("feed.xml")).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(feedUrls);
        Assert.All(feedUrls, u => Assert.StartsWith(SubPathUrl, u));
    }

    [Fact]
    public void Check_with_the_same_base_url_passes_and_without_it_reports_links_outside_the_base_path()
    {
        using var site = Site();
        Assert.True(site.Build(baseUrl: SubPathUrl).Succeeded);

        var withBase = SiteCheckRunner.Run(new SiteCheckRunOptions { SourceDirectory = site.Root, ExistingOutputDirectory = site.Output, BaseUrl = SubPathUrl });
        var rebuilt = SiteCheckRunner.Run(new SiteCheckRunOptions { SourceDirectory = site.Root, BaseUrl = SubPathUrl, Strict = true });
        var withoutBase = SiteCheckRunner.Run(new SiteCheckRunOptions { SourceDirectory = site.Root, ExistingOutputDirectory = site.Output });

        Assert.False(withBase.HasProblems, string.Join("\n", withBase.Report.Problems));
        Assert.True(withBase.Report.InternalLinks > 10);
        Assert.False(rebuilt.HasProblems, string.Join("\n", rebuilt.Report.Problems));
        Assert.True(withoutBase.HasProblems, "links under /notes/ cannot resolve when the site is assumed at the root");
    }

    [Fact]
    public void A_page_whose_url_starts_like_the_base_path_gets_the_prefix_in_layouts_bodies_and_the_sitemap()
    {
        // Jekyll's relative_url always prefixes: under /notes/ the page /notes/x/ is published at /notes/notes/x/.
        // The layouts' helper used to leave it alone (a broken link) while the body's helper prefixed it.
        using var site = new TempSite()
            .With("staticmath.yml", "title: Notes\nbaseUrl: " + SubPathUrl + "\n")
            .With("layouts/page.liquid", "<a id=\"layout\" href=\"{{ page.url | relative_url }}\">{{ page.url | absolute_url }}</a>{{ content }}")
            .With("content/notes/x.md", "---\ntitle: X\n---\n<a id=\"body\" href=\"{{ page.url | relative_url }}\">{{ '/notes/x/' | absolute_url }}</a>\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = site.Read("notes/x/index.html");
        Assert.Contains("<a id=\"layout\" href=\"/notes/notes/x/\">https://user.github.io/notes/notes/x/</a>", html);
        Assert.Contains("<a id=\"body\" href=\"/notes/notes/x/\">https://user.github.io/notes/notes/x/</a>", html);
        Assert.Contains("<loc>https://user.github.io/notes/notes/x/</loc>", site.Read("sitemap.xml"));
    }

    [Fact]
    public void Strict_check_fails_on_build_warnings()
    {
        using var site = new TempSite().With("content/posts/p.md", "---\ndate: 04-05-2020\n---\nText\n");

        var relaxed = SiteCheckRunner.Run(new SiteCheckRunOptions { SourceDirectory = site.Root });
        var strict = SiteCheckRunner.Run(new SiteCheckRunOptions { SourceDirectory = site.Root, Strict = true });

        Assert.False(relaxed.HasProblems);
        Assert.True(strict.HasProblems);
        Assert.Contains(strict.Build!.Diagnostics, d => d.Code == "SM1111");
    }

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex LocElement();

    [GeneratedRegex("(?:href|<id>)=?\"?(https?://[^\"<]+)")]
    private static partial Regex FeedUrl();
}
