using AngleSharp.Html.Parser;
using StaticMath.Site.Content;
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

    [Fact]
    public void Posts_skipped_as_drafts_are_counted_and_the_notice_names_the_flag()
    {
        // A Quarto blog as `quarto create project blog` leaves it: most posts still draft: true.
        var site = new TempSite().With("staticmath.yml", "title: T\n");
        for (var i = 1; i <= 6; i++)
        {
            var draft = i <= 4 ? "draft: true\n" : "";
            site.With($"content/posts/post-{i}/index.qmd", $"---\ntitle: \"Post {i}\"\ndate: \"2023-0{i}-01\"\n{draft}---\n\nText.\n");
        }

        using (site)
        {
            var result = site.Build();

            Assert.Equal(4, result.DraftsSkipped);
            Assert.Equal(["4 pages skipped as drafts (draft: true, published: false or in _drafts/); build them with --drafts"],
                SkippedPostsNotice.Lines(result.DraftsSkipped, result.FutureSkipped));
            Assert.Equal(0, site.Build(drafts: true).DraftsSkipped);
            Assert.All(Enumerable.Range(1, 6), i => Assert.True(File.Exists(Path.Combine(site.Output, "posts", $"post-{i}", "index.html"))));
        }
    }
}
