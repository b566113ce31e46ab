using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Theme;

/// <summary>The embedded default theme's layouts: metadata, post furniture, layout aliases, no scripts.</summary>
public sealed class DefaultThemeTests
{
    private const string Post = """
        ---
        title: Diffusion notes
        description: Scores, SDEs and samplers.
        date: 2026-02-01
        layout: distill
        tags: [sde, probability]
        authors:
          - name: Ada Example
            url: https://example.org/ada
            affiliations:
              name: Institute A
          - name: Carl Example
            affiliations:
              name: Institute B
        toc:
          - name: Forward process
          - name: Sampling
        ---
        ## Forward process

        Text.

        ## Sampling

        More text.
        """;

    private static (TempSite Site, IDocument Page) Build(string path = "posts/diffusion-notes/index.html")
    {
        var site = new TempSite()
            .With("staticmath.yml", "title: Theme Test\nbaseUrl: https://example.org\nlanguage: en-GB\nsocialCards: true\n")
            .With("content/posts/2026-02-01-diffusion-notes.md", Post)
            .With("content/posts/2026-01-01-older.md", "---\ntitle: Older\nlayout: default\n---\n# Own heading\n\nBody.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (site, new HtmlParser().ParseDocument(site.Read(path)));
    }

    [Fact]
    public void Head_carries_seo_and_social_metadata()
    {
        var (site, page) = Build();
        using var _ = site;

        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Diffusion notes · Theme Test", page.Title);
        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
        Assert.Equal("Scores, SDEs and samplers.", Meta("meta[name=description]"));
        Assert.Equal("https://example.org/posts/diffusion-notes/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Diffusion notes", Meta("meta[property='og:title']"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("https://example.org/posts/diffusion-notes/", Meta("meta[property='og:url']"));
        // No image in the front matter: the card the build draws for the post.
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
        Assert.Equal("https://example.org/posts/diffusion-notes/social-card.png", Meta("meta[property='og:image']"));
        Assert.NotNull(page.QuerySelector("link[rel=alternate][type='application/atom+xml']"));
        Assert.Equal("print", page.QuerySelector("link[href$='print.css']")!.GetAttribute("media"));
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public void Distill_posts_show_authors_with_numbered_affiliations_tags_and_the_listed_toc()
    {
        var (site, page) = Build();
        using var _ = site;

        Assert.Equal(["Ada Example1", "Carl Example2"], page.QuerySelectorAll(".post-author").Select(a => a.TextContent.Trim()));
        Assert.Equal(["1Institute A", "2Institute B"], page.QuerySelectorAll(".post-affiliations li").Select(a => a.TextContent.Trim()));
        Assert.Equal(["sde", "probability"], page.QuerySelectorAll(".post-header .tag").Select(a => a.TextContent));
        Assert.Equal(["#forward-process", "#sampling"], page.QuerySelectorAll("article.post.has-toc > nav.toc a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector(".post-content[data-staticmath-content] h2#sampling"));
        Assert.Equal("/posts/older/", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_dark_mode_toggle_is_a_labelled_checkbox_first_in_the_body()
    {
        var (site, page) = Build();
        using var _ = site;

        var toggle = page.Body!.FirstElementChild!;
        Assert.Equal("theme-toggle", toggle.Id);
        Assert.Equal("checkbox", toggle.GetAttribute("type"));
        Assert.NotNull(page.QuerySelector(".site-header label[for=theme-toggle]"));
    }

    [Fact]
    public void The_jekyll_default_layout_is_a_bare_page_without_a_second_title()
    {
        var (site, page) = Build("posts/older/index.html");
        using var _ = site;

        Assert.Equal(["Own heading"], page.QuerySelectorAll("h1").Select(h => h.TextContent));
        Assert.NotNull(page.QuerySelector(".page-content[data-staticmath-content]"));
    }
}
