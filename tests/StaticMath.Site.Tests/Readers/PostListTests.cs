using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Readers;

/// <summary>Tag pages, the tag index and hidden posts, as readers see the generated lists.</summary>
public sealed class PostListTests
{
    private static TempSite Site() => new TempSite()
        .With("staticmath.yml", "title: Lists\nbaseUrl: https://example.org\n")
        .With("content/posts/2026-01-01-one.md", "---\ntitle: One\ntags: [sde, probability]\ncategories: [notes]\n---\nFirst.\n")
        .With("content/posts/2026-01-02-two.md", "---\ntitle: Two\ntags: [sde]\ncategories: [notes, talks]\n---\nSecond.\n")
        .With("content/posts/2026-01-03-three.md", "---\ntitle: Three\ntags: [sde]\n---\nThird.\n")
        .With("content/posts/2026-01-04-secret.md", "---\ntitle: Secret\ntags: [sde, secret]\nhidden: true\n---\nHidden body.\n");

    private static IDocument Parse(TempSite site, string path) => new HtmlParser().ParseDocument(site.Read(path));

    private static void AssertBuilt(TempSite site)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_tag_page_counts_its_own_posts()
    {
        using var site = Site();
        AssertBuilt(site);

        var sde = Parse(site, "tags/sde/index.html");
        Assert.StartsWith("3 posts", sde.QuerySelector(".tag-page header .post-meta")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(3, sde.QuerySelectorAll(".post-list-item").Length);
        var probability = Parse(site, "tags/probability/index.html");
        Assert.StartsWith("1 post", probability.QuerySelector(".tag-page header .post-meta")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("1 posts", probability.QuerySelector(".tag-page header .post-meta")!.TextContent, StringComparison.Ordinal);
        // The "All tags" list on a tag page counts each tag's posts too.
        var counts = sde.QuerySelectorAll(".tag-index li").ToDictionary(li => li.QuerySelector("a")!.TextContent, li => li.QuerySelector(".tag-count")!.TextContent);
        Assert.Equal("3", counts["sde"]);
        Assert.Equal("1", counts["probability"]);
    }

    [Fact]
    public void The_tag_index_lists_every_tag_with_its_count_and_the_categories()
    {
        using var site = Site();
        AssertBuilt(site);

        var index = Parse(site, "tags/index.html");
        var tags = index.QuerySelectorAll(".tag-index li").Select(li => (li.QuerySelector("a")!.TextContent, li.QuerySelector("a")!.GetAttribute("href"), li.QuerySelector(".tag-count")!.TextContent)).ToList();
        Assert.Equal([("probability", "/tags/probability/", "1"), ("sde", "/tags/sde/", "3")], tags);
        var categories = index.QuerySelectorAll(".category-index li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["notes 2", "talks 1"], categories.Select(c => string.Join(' ', c.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        Assert.Contains("https://example.org/tags/", site.Read("sitemap.xml"), StringComparison.Ordinal);
        Assert.Equal("/tags/", Parse(site, "tags/sde/index.html").QuerySelector(".tag-page header .post-meta a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_site_page_at_the_tag_index_address_replaces_the_generated_index()
    {
        using var site = Site().With("content/tags.md", "---\ntitle: My tags\npermalink: /tags/\n---\nHand-made.\n");
        AssertBuilt(site);

        Assert.Contains("Hand-made.", site.Read("tags/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hidden_post_is_built_but_stays_off_the_home_page_tag_pages_and_feed()
    {
        using var site = Site();
        AssertBuilt(site);

        Assert.True(site.Exists("posts/secret/index.html") || site.Exists("2026/01/04/secret/index.html") || Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories).Any(f => File.ReadAllText(f).Contains("Hidden body.", StringComparison.Ordinal)));
        var home = Parse(site, "index.html");
        Assert.Equal(["Three", "Two", "One"], home.QuerySelectorAll(".post-list-title").Select(e => e.TextContent.Trim()));
        Assert.Equal(3, Parse(site, "tags/sde/index.html").QuerySelectorAll(".post-list-item").Length);
        Assert.False(site.Exists("tags/secret/index.html"));
        Assert.DoesNotContain("secret", Parse(site, "tags/index.html").QuerySelector(".tag-index")!.TextContent, StringComparison.Ordinal);
        var feed = site.Read("feed.xml");
        Assert.DoesNotContain("Secret", feed, StringComparison.Ordinal);
        Assert.Contains("Three", feed, StringComparison.Ordinal);
        // The sitemap keeps it (al-folio semantics): it is a page of the site, only not advertised in lists.
        Assert.Contains("secret", site.Read("sitemap.xml"), StringComparison.Ordinal);
        // Neighbouring posts do not link to it.
        Assert.DoesNotContain("Secret", site.Read(FindPost(site, "Third.")), StringComparison.Ordinal);
    }

    private static string FindPost(TempSite site, string body) =>
        Path.GetRelativePath(site.Output, Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Single(f => File.ReadAllText(f).Contains(body, StringComparison.Ordinal) && !f.EndsWith(Path.Combine("_site", "index.html"), StringComparison.Ordinal) && !f.Contains("tags", StringComparison.Ordinal)));
}
