using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Tests.Foundation;

public class SiteConfigLoaderTests
{
    [Fact]
    public void Known_keys_are_typed_and_unknown_keys_kept_in_extra()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("title: Notes\nbaseurl: https://me.github.io/notes/\npaginate: 5\ntwitter: me\nnav:\n  - title: About\n    url: /about/\n", "staticmath.yml", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("Notes", config.Title);
        Assert.Equal(5, config.Paginate);
        Assert.Equal("https://me.github.io", config.Origin);
        Assert.Equal("/notes", config.BasePath);
        Assert.Equal("me", config.Extra["twitter"]);
        Assert.IsType<List<object?>>(config.Extra["nav"]);
        Assert.False(config.Extra.ContainsKey("title"));
    }

    [Fact]
    public void Scalar_permalinks_is_the_post_pattern()
    {
        var config = SiteConfigLoader.Parse("permalinks: /blog/{slug}/\n", "staticmath.yml", new DiagnosticBag());
        Assert.Equal("/blog/{slug}/", config.Permalinks.Posts);
        Assert.Equal("/{path}/", config.Permalinks.Pages);
    }

    [Fact]
    public void Jekyll_url_and_baseurl_are_joined()
    {
        var config = SiteConfigLoader.Parse("url: https://example.org\nbaseurl: /blog\n", "staticmath.yml", new DiagnosticBag());
        Assert.Equal("https://example.org", config.Origin);
        Assert.Equal("/blog", config.BasePath);
    }

    [Fact]
    public void Bad_yaml_is_an_error_with_its_line()
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigLoader.Parse("title: ok\ndescription: [broken\n", "staticmath.yml", diagnostics);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("SM1001", error.Code);
        Assert.True(error.Line >= 2);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_an_error_at_its_line()
    {
        var diagnostics = new DiagnosticBag();
        SiteConfigLoader.Parse("title: ok\npaginate: lots\n", "staticmath.yml", diagnostics);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("SM1002", error.Code);
        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("https://me.github.io/notes/", "/posts/x/", "/notes/posts/x/", "https://me.github.io/notes/posts/x/")]
    [InlineData("https://example.org", "/posts/x/", "/posts/x/", "https://example.org/posts/x/")]
    [InlineData("", "/a/", "/a/", "/a/")]
    public void Relative_and_absolute_urls_honour_the_base_path(string baseUrl, string url, string relative, string absolute)
    {
        Assert.Equal(relative, SiteUrls.Relative(url, SiteUrls.BasePathOf(baseUrl)));
        Assert.Equal(absolute, SiteUrls.Absolute(url, SiteUrls.OriginOf(baseUrl), SiteUrls.BasePathOf(baseUrl)));
    }
}
