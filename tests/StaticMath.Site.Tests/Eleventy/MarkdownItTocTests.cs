using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Eleventy;

/// <summary>Issue 22: Eleventy posts' markdown-it <c>[[toc]]</c> is the page's table of contents.</summary>
public sealed class MarkdownItTocTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Toc_marker_lists_the_headings()
    {
        var body = _site.Render("[[toc]]\n\n## Setup\n\nText.\n\n### Results\n\nMore, and [[toc]] in prose stays.\n", "content/blog/eleventy-post.md");

        Assert.Equal(["Setup", "Results"], body.QuerySelectorAll("nav.toc a").Select(a => a.TextContent));
        Assert.Contains("[[toc]] in prose", body.TextContent, StringComparison.Ordinal);
    }
}
