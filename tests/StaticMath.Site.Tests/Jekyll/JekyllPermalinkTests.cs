using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Jekyll;

/// <summary>Issue 22: a Jekyll post keeps the URL Jekyll gave it, so inbound links do not break.</summary>
public sealed class JekyllPermalinkTests
{
    [Theory]
    [InlineData("2021-5-5-score.md", "/blog/2021/score/")]
    [InlineData("2021-05-05-score.md", "/blog/2021/score/")]
    [InlineData("2019-12-1-diffusion-models.markdown", "/blog/2019/diffusion-models/")]
    public void Single_digit_month_and_day_in_the_file_name_give_jekylls_url(string fileName, string url)
    {
        // al-folio's _config.yml: permalink: /blog/:year/:title/
        using var site = new TempSite().With("content/_posts/" + fileName, "---\nlayout: post\ntitle: Score matching\n---\nText.\n");
        var config = new SiteConfig { Permalinks = new PermalinkConfig { Posts = "/blog/:year/:title/" } };
        var options = new BuildOptions { SourceDirectory = site.Root, Now = TempSite.Now };

        var page = Assert.Single(new ContentLoader(config, options, new DiagnosticBag()).Load().Pages);

        Assert.Equal(url, page.Url);
        Assert.Equal(PageKind.Post, page.Kind);
    }

    [Fact]
    public void The_file_name_date_is_read_with_single_digits()
    {
        Assert.True(JekyllFileName.TryParse("2021-5-5-score", out var date, out var slug));
        Assert.Equal(new DateTimeOffset(2021, 5, 5, 0, 0, 0, TimeSpan.Zero), date);
        Assert.Equal("score", slug);
        Assert.False(JekyllFileName.TryParse("2021-13-5-score", out _, out _));
    }
}
