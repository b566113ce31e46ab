using AngleSharp.Html.Parser;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Quarto;

/// <summary>Issue 22: Quarto's <c>format: html:</c> options in a post's front matter.</summary>
public sealed class QuartoFormatTests
{
    // In the style of a Quarto blog post (posts/score/index.qmd).
    private const string QuartoPost = """
        ---
        title: "Score matching"
        date: "2023-04-02"
        categories: [diffusion]
        format:
          html:
            toc: true
            code-fold: true
        ---

        ## Setup

        Let $p$ be a density.

        ## The score

        ### Tweedie

        Done.
        """;

    [Fact]
    public void Format_html_toc_true_gives_the_contents_box()
    {
        using var site = new TempSite().With("staticmath.yml", "title: T\n").With("content/posts/score/index.qmd", QuartoPost);
        Assert.True(site.Build().Succeeded);

        var document = new HtmlParser().ParseDocument(site.Read("posts/score/index.html"));
        var nav = Assert.Single(document.QuerySelectorAll("nav.toc"));
        Assert.Equal(["Setup", "The score", "Tweedie"], nav.QuerySelectorAll("a").Select(a => a.TextContent));
    }

    [Fact]
    public void Without_toc_there_is_no_contents_box()
    {
        using var site = new TempSite().With("staticmath.yml", "title: T\n")
            .With("content/posts/score/index.qmd", QuartoPost.Replace("toc: true", "toc: false", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);

        Assert.Empty(new HtmlParser().ParseDocument(site.Read("posts/score/index.html")).QuerySelectorAll("nav.toc"));
    }
}
