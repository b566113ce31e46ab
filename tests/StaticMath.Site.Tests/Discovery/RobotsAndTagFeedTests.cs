using System.Xml.Linq;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Discovery;

/// <summary><c>robots.txt</c> naming the sitemap, and one Atom feed per tag beside the tag's page.</summary>
public sealed class RobotsAndTagFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Robots_txt_allows_crawling_and_names_the_absolute_sitemap_url_under_the_base_path()
    {
        using var site = new TempSite().With("staticmath.yml", "baseUrl: https://me.github.io/notes/\n").With("content/index.md", "Home");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://me.github.io/notes/sitemap.xml\n", site.Read("robots.txt"));
    }

    [Fact]
    public void Robots_txt_without_a_base_url_has_no_relative_sitemap_line()
    {
        using var site = new TempSite().With("content/index.md", "Home");

        Assert.True(site.Build().Succeeded);
        Assert.Equal("User-agent: *\nAllow: /\n", site.Read("robots.txt"));
    }

    [Theory]
    [InlineData("static/robots.txt")]
    [InlineData("content/robots.txt")]
    public void A_sites_own_robots_txt_is_kept(string path)
    {
        using var site = new TempSite().With("content/index.md", "Home").With(path, "User-agent: *\nDisallow: /drafts/\n");

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("User-agent: *\nDisallow: /drafts/\n", site.Read("robots.txt"));
    }

    [Fact]
    public void Each_tag_has_an_atom_feed_of_its_posts_linked_from_its_page()
    {
        using var site = new TempSite()
            .With("staticmath.yml", "title: Notes\nbaseUrl: https://example.org/\n")
            .With("content/posts/2026-01-01-a.md", "---\ntitle: Alpha\ntags: [Algebra, Topology]\n---\nAbout $x^2$.\n")
            .With("content/posts/2026-02-01-b.md", "---\ntitle: Beta\ntags: [Algebra]\n---\nMore.\n")
            .With("content/posts/2026-03-01-c.md", "---\ntitle: Gamma\n---\nUntagged.\n");

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var algebra = XDocument.Parse(site.Read("tags/algebra/feed.xml")).Root!;
        Assert.Equal("Notes — Algebra", algebra.Element(Atom + "title")!.Value);
        Assert.Equal("https://example.org/tags/algebra/", algebra.Element(Atom + "id")!.Value);
        Assert.Equal("https://example.org/tags/algebra/feed.xml", algebra.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.Equal(["Beta", "Alpha"], algebra.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.Contains("<svg", algebra.Elements(Atom + "entry").Last().Element(Atom + "content")!.Value);
        var topology = XDocument.Parse(site.Read("tags/topology/feed.xml")).Root!;
        Assert.Equal(["Alpha"], topology.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));

        var tagPage = site.Read("tags/algebra/index.html");
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Notes — Algebra\" href=\"/tags/algebra/feed.xml\">", tagPage);
        Assert.Contains("href=\"/tags/algebra/feed.xml\">Atom feed</a>", tagPage);
    }

    [Fact]
    public void A_page_at_a_tag_feeds_url_is_reported_as_a_clash()
    {
        using var site = new TempSite()
            .With("content/posts/2026-01-01-a.md", "---\ntitle: Alpha\ntags: [Algebra]\n---\nA.\n")
            .With("content/clash.md", "---\ntitle: Clash\npermalink: /tags/algebra/feed.xml\n---\nMine.\n");

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "SM1130" && d.Message.Contains("feed for tag 'Algebra'"));
    }
}
