using AngleSharp.Html.Parser;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Theme;

/// <summary>og:image and keywords from the front matter fields real posts use (al-folio, jekyll-seo-tag, Hugo).</summary>
public sealed class SocialImageTests
{
    private static string? Meta(string frontMatter, string selector, string siteConfig = "")
    {
        using var site = new TempSite()
            .With("staticmath.yml", "title: Cards\nbaseUrl: https://example.org/notes/\n" + siteConfig)
            .With("content/posts/2026-01-01-p.md", "---\ntitle: P\n" + frontMatter + "---\nText.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new HtmlParser().ParseDocument(site.Read("posts/p/index.html")).QuerySelector(selector)?.GetAttribute("content");
    }

    [Theory]
    [InlineData("image: /img/a.png\n", "")]
    [InlineData("og_image: /img/a.png\n", "")]
    [InlineData("image:\n  path: /img/a.png\n  alt: A\n", "")]
    [InlineData("images: [/img/a.png, /img/b.png]\n", "")]
    [InlineData("", "og_image: /img/a.png\nsocialCards: false\n")]
    public void The_social_image_comes_from_the_field_the_post_uses(string frontMatter, string siteConfig)
    {
        Assert.Equal("https://example.org/notes/img/a.png", Meta(frontMatter, "meta[property='og:image']", siteConfig));
        Assert.Equal("https://example.org/notes/img/a.png", Meta(frontMatter, "meta[name='twitter:image']", siteConfig));
    }

    [Fact]
    public void An_absolute_image_url_is_kept()
    {
        Assert.Equal("https://cdn.example.com/a.png", Meta("og_image: https://cdn.example.com/a.png\n", "meta[property='og:image']"));
    }

    [Theory]
    [InlineData("keywords: [diffusion, score matching]\n", "", "diffusion, score matching")]
    [InlineData("keywords: diffusion, SDEs\n", "", "diffusion, SDEs")]
    [InlineData("", "keywords: math, notes\n", "math, notes")]
    public void Keywords_from_the_post_or_the_site_are_a_meta_tag(string frontMatter, string siteConfig, string expected)
    {
        Assert.Equal(expected, Meta(frontMatter, "meta[name=keywords]", siteConfig));
    }
}
