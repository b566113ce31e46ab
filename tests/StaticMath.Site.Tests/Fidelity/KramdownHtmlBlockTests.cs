using StaticMath.Site.Configuration;
using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Fidelity;

/// <summary>
/// Issue 22: in posts from Jekyll sites, text right after <c>&lt;/div&gt;</c> or a lone <c>&lt;img/&gt;</c> is Markdown
/// again (kramdown's rule), not raw HTML showing literal <c>**</c>.
/// </summary>
public sealed class KramdownHtmlBlockTests
{
    // In the style of al-folio's sample posts: a figure row, then the caption text with no blank line between.
    private const string AlFolioFigureRow = """
        <div class="row mt-3">
            <div class="col-sm mt-3 mt-md-0">
                <img class="img-fluid rounded z-depth-1" src="/assets/img/9.jpg" alt="A photo"/>
            </div>
        </div>
        **Figure 1.** A simple, elegant caption looks good between image rows.

        <img src="/assets/img/plot.png" alt="plot"/>
        The plot shows *two* regimes.
        """;

    [Theory]
    [InlineData("content/_posts/2015-05-15-images.md", "")]
    [InlineData("content/posts/2015-05-15-images.md", "kramdown")]
    public void Text_after_a_closed_html_block_is_markdown_in_jekyll_posts(string path, string flavor)
    {
        using var site = new BlockTestSite(new SiteConfig { Markdown = flavor });
        var body = site.Render(AlFolioFigureRow, path);

        Assert.Equal("Figure 1.", body.QuerySelector("p > strong")!.TextContent);
        Assert.Equal("two", body.QuerySelector("p > em")!.TextContent);
        Assert.DoesNotContain("**", body.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content/posts/2015-05-15-images.md", "")]
    [InlineData("content/_posts/2015-05-15-images.md", "commonmark")]
    public void Other_sites_keep_commonmark_html_blocks(string path, string flavor)
    {
        using var site = new BlockTestSite(new SiteConfig { Markdown = flavor });
        var body = site.Render(AlFolioFigureRow, path);

        Assert.Null(body.QuerySelector("p > strong"));
        Assert.Contains("**Figure 1.**", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_element_still_open_keeps_the_block_going()
    {
        using var site = new BlockTestSite(new SiteConfig { Markdown = "kramdown" });
        site.Render("<div class=\"note\">\n<p>One</p>\n**still inside**\n</div>\n");
        Assert.Contains("**still inside**", site.LastHtml, StringComparison.Ordinal);
    }
    [Fact]
    public void The_migration_guide_puts_copied_posts_where_the_kramdown_rules_apply()
    {
        var guide = File.ReadAllText(Path.Combine(Golden.GoldenSnapshot.RepositoryRoot, "content", "docs", "migrating-from-jekyll.md"));
        var folder = System.Text.RegularExpressions.Regex.Match(guide, @"copy your `_posts[^`]*`[^`]*`(content/[^`]*)`").Groups[1].Value;
        Assert.StartsWith("content/", folder, StringComparison.Ordinal);

        using var site = new BlockTestSite();
        var body = site.Render(AlFolioFigureRow, folder.TrimEnd('/') + "/2015-05-15-images.md");

        Assert.DoesNotContain("**", body.TextContent, StringComparison.Ordinal);
    }
}
