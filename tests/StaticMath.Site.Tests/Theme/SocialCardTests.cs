using AngleSharp.Html.Parser;
using SkiaSharp;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Theme;

/// <summary>The social card drawn for a post without an image of its own: title and first display equation, same bytes every build.</summary>
public sealed class SocialCardTests
{
    private const string Post = """
        ---
        title: 'Scores and $\nabla \log p$'
        ---
        Text first.

        $$
        \mathrm{d}x_t = f(x_t, t)\,\mathrm{d}t + g(t)\,\mathrm{d}w_t
        $$
        """;

    private static TempSite Site(string config = "socialCards: true\n") => new TempSite()
        .With("staticmath.yml", "title: Cards\nbaseUrl: https://example.org/\n" + config)
        .With("content/posts/2026-01-01-scores.md", Post)
        .With("content/posts/2026-01-02-pictured.md", "---\ntitle: Pictured\nimage: /img/own.png\n---\nText.\n")
        .With("content/about.md", "---\ntitle: About\n---\nA page.\n");

    private static string? OgImage(TempSite site, string page) =>
        new HtmlParser().ParseDocument(site.Read(page)).QuerySelector("meta[property='og:image']")?.GetAttribute("content");

    [Fact]
    public void A_post_without_an_image_gets_a_card_with_its_title_and_equation()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);

        Assert.Equal("https://example.org/posts/scores/social-card.png", OgImage(site, "posts/scores/index.html"));
        using var card = SKBitmap.Decode(File.ReadAllBytes(Path.Combine(site.Output, "posts/scores/social-card.png")));
        Assert.Equal((1200, 630), (card.Width, card.Height));
        // Ink where the title is (upper band) and where the equation is (lower band), beyond the accent bar.
        Assert.True(Ink(card, 40, 180) > 2000, "no title on the card");
        Assert.True(Ink(card, 200, 600) > 2000, "no equation on the card");
        // The post naming its own image keeps it; pages get no card.
        Assert.Equal("https://example.org/img/own.png", OgImage(site, "posts/pictured/index.html"));
        Assert.False(File.Exists(Path.Combine(site.Output, "posts/pictured/social-card.png")));
        Assert.Null(OgImage(site, "about/index.html"));
    }

    [Fact]
    public void The_card_is_the_same_bytes_on_every_build()
    {
        using var first = Site();
        using var second = Site();
        Assert.True(first.Build().Succeeded);
        Assert.True(second.Build().Succeeded);
        Assert.Equal(File.ReadAllBytes(Path.Combine(first.Output, "posts/scores/social-card.png")),
            File.ReadAllBytes(Path.Combine(second.Output, "posts/scores/social-card.png")));
    }

    [Fact]
    public void Cards_are_off_unless_the_site_asks_for_them()
    {
        using var site = Site("");
        Assert.True(site.Build().Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "posts/scores/social-card.png")));
        Assert.Null(OgImage(site, "posts/scores/index.html"));
    }

    /// <summary>Dark pixels in a horizontal band, right of the accent bar.</summary>
    private static int Ink(SKBitmap card, int top, int bottom)
    {
        var count = 0;
        for (var y = top; y < bottom; y++)
            for (var x = 40; x < card.Width; x++)
                if (card.GetPixel(x, y).Red < 128) count++;
        return count;
    }
}
